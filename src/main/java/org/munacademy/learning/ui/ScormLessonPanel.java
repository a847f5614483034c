package org.munacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import org.munacademy.learning.boundary.ScormFacade;
import org.munacademy.learning.entity.LessonView;
import org.munacademy.learning.entity.ScormAttemptRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Messages;

/**
 * A SCORM lesson on its page: the caller's status and score as the platform keeps them, and the player
 * ({@code scorm-player.html}, a static page) in a frame, started with a fresh launch token in its URL fragment.
 */
final class ScormLessonPanel {

    private ScormLessonPanel() {
    }

    static Component of(Component owner, ScormFacade scorm, LessonView l) {
        Div panel = new Div();
        panel.setWidthFull();
        try {
            Span status = new Span(status(owner, scorm.myAttempt(l.programmeCode(), l.id()).orElse(null)));
            status.setId("scorm-status");
            status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            ScormFacade.Launch launch = scorm.launch(l.programmeCode(), l.id());
            IFrame player = new IFrame("scorm-player.html#" + launch.token());
            player.setId("scorm-player");
            player.setTitle(launch.title());
            player.setWidthFull();
            player.setHeight("70vh");
            player.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
            panel.add(status, player);
        } catch (BusinessException e) {
            Paragraph problem = new Paragraph(Messages.of(owner, e));
            problem.setId("scorm-problem");
            panel.add(problem);
        }
        return panel;
    }

    private static String status(Component owner, ScormAttemptRow a) {
        if (a == null) {
            return owner.getTranslation("learning.scorm.notStarted");
        }
        String status = owner.getTranslation("learning.scorm.status." + a.lessonStatus().replace(' ', '_'));
        if (a.scoreRaw() == null) {
            return owner.getTranslation("learning.scorm.state", status, a.totalTime());
        }
        String score = String.format(Locale.ROOT, "%s", a.scoreRaw()).replaceAll("\\.0$", "");
        return owner.getTranslation("learning.scorm.stateScore", status, score, a.totalTime());
    }
}
