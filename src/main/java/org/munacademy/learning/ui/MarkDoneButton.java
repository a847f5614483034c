package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.boundary.ProgressFacade;
import org.munacademy.learning.entity.CourseProgress;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Messages;

/**
 * On a lesson's page, for a reader enrolled in a cohort of its programme: the lesson is recorded as viewed, and
 * «Отметить пройденным» records it done (or a badge says it is). Nothing for a reader who is not enrolled.
 */
class MarkDoneButton extends Div {

    private final ProgressFacade progress;

    MarkDoneButton(EnrolmentFacade enrolment, ProgressFacade progress, String programmeCode, long lessonId) {
        this.progress = progress;
        setId("lesson-progress");
        addClassNames(LumoUtility.Margin.Vertical.MEDIUM);
        Optional<EnrolmentRow> mine = enrolment.mine().stream()
                .filter(e -> e.programmeCode().equals(programmeCode))
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED)
                .findFirst();
        if (mine.isEmpty()) {
            return;
        }
        long enrolmentId = mine.get().id();
        if (mine.get().status() == EnrolmentStatus.ENROLLED) {
            progress.viewed(enrolmentId, lessonId);
        }
        CourseProgress p = progress.progress(enrolmentId);
        boolean done = p.modules().stream().flatMap(m -> m.lessons().stream())
                .anyMatch(l -> l.lessonId() == lessonId && l.done());
        show(done, enrolmentId, lessonId);
    }

    private void show(boolean done, long enrolmentId, long lessonId) {
        removeAll();
        if (done) {
            Span badge = LearningLabels.badge(getTranslation("learning.progress.done"), "success");
            badge.setId("lesson-done");
            add(badge);
            return;
        }
        Button mark = new Button(getTranslation("learning.progress.markDone"), VaadinIcon.CHECK.create(), e -> {
            try {
                CourseProgress p = progress.markDone(enrolmentId, lessonId);
                if (p.complete()) {
                    Messages.success(getTranslation("learning.progress.completed", p.enrolment().programmeTitle()));
                }
                show(true, enrolmentId, lessonId);
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        mark.setId("lesson-mark-done");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(mark);
    }
}
