package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.learning.boundary.CohortFacade;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.entity.CohortApproval;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Messages;

/**
 * The cohorts on a programme's page: dates, seats free, the enrolment window and who approves, and for each the
 * reader's place or a «Записаться» button; a refusal (window closed, prerequisite not met) is shown as the boundary
 * words it.
 */
class CohortsPanel extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CohortFacade cohorts;
    private final EnrolmentFacade enrolment;
    private final String programmeCode;

    CohortsPanel(CohortFacade cohorts, EnrolmentFacade enrolment, String programmeCode) {
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        this.programmeCode = programmeCode;
        setId("programme-cohorts");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<CohortRow> rows = cohorts.ofProgramme(programmeCode);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("learning.cohorts.none")));
            return;
        }
        Map<String, EnrolmentRow> mine = enrolment.mine().stream()
                .filter(e -> e.status() != EnrolmentStatus.WITHDRAWN)
                .collect(Collectors.toMap(EnrolmentRow::cohortCode, Function.identity(), (a, b) -> a));
        for (CohortRow c : rows) {
            add(line(c, mine.get(c.code())));
        }
    }

    private Div line(CohortRow c, EnrolmentRow own) {
        Div line = new Div();
        line.setId("cohort-" + c.code());
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER, LumoUtility.Padding.Vertical.XSMALL);
        Span what = new Span(getTranslation("learning.cohorts.line", c.code(), DATE.format(c.startsOn()),
                DATE.format(c.endsOn()), c.seatsFree(), c.seats()));
        Span window = new Span(getTranslation("learning.cohorts.window", DATE.format(c.enrolFrom()),
                DATE.format(c.enrolTo())));
        window.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        line.add(what, window);
        if (c.approval() == CohortApproval.HR_APPROVES) {
            line.add(LearningLabels.badge(getTranslation("learning.cohorts.hrApproves"), null));
        }
        if (own != null) {
            Span status = LearningLabels.badge(status(own), "success");
            status.setId("cohort-status-" + c.code());
            line.add(status);
        } else {
            Button enrol = new Button(getTranslation("learning.cohorts.enrol"), VaadinIcon.PLUS.create(),
                    e -> enrol(c));
            enrol.setId("cohort-enrol-" + c.code());
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            line.add(enrol);
        }
        return line;
    }

    private String status(EnrolmentRow e) {
        return e.status() == EnrolmentStatus.WAITING
                ? getTranslation("learning.enrolment.waitingNo", e.waitingNo())
                : getTranslation("learning.enrolment.status." + e.status().name());
    }

    private void enrol(CohortRow c) {
        try {
            EnrolmentRow e = enrolment.enrolMe(c.code());
            Messages.success(getTranslation("learning.cohorts.enrolled", status(e)));
        } catch (BusinessException ex) {
            Messages.error(Messages.of(this, ex));
        }
        refresh();
    }
}
