package org.munacademy.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.entity.EvidenceInput;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.ui.Messages;

/**
 * An HR officer's look at one person of their scope: the gap report (reading it is audited as a card read) and
 * a form to record a manager's rating (audited); the report follows at once. The form is not offered for the
 * officer's own person: nobody records evidence about themselves.
 */
class PersonGapDialog extends Dialog {

    private final EvidenceFacade evidence;
    private final long personId;
    private final int maxLevel;
    private final java.util.function.Function<String, String> groupNames;
    private final Div report = new Div();
    private final ComboBox<Gap> competency = new ComboBox<>();
    private final IntegerField level = new IntegerField();
    private final Select<EvidenceSource> source = new Select<>();
    private final DatePicker observedOn = new DatePicker();
    private final TextField reference = new TextField();
    private final Runnable onChange;

    PersonGapDialog(EvidenceFacade evidence, long personId, int maxLevel,
            java.util.function.Function<String, String> groupNames, Runnable onChange, LocalDate today) {
        this.evidence = evidence;
        this.personId = personId;
        this.maxLevel = maxLevel;
        this.groupNames = groupNames;
        this.onChange = onChange;
        setId("person-gap-dialog");
        setWidth("min(72em, 95vw)");
        setMaxHeight("90vh");
        report.setWidthFull();

        competency.setLabel(getTranslation("competency.evidence.competency"));
        competency.setId("evidence-competency");
        competency.setItemLabelGenerator(g -> g.competencyCode() + " " + g.competencyName());
        level.setLabel(getTranslation("competency.evidence.level"));
        level.setId("evidence-level");
        level.setMin(1);
        level.setMax(maxLevel);
        level.setStepButtonsVisible(true);
        source.setLabel(getTranslation("competency.evidence.source"));
        source.setId("evidence-source");
        // an HR officer records a manager's rating only: assessments, courses and contest scores come from the
        // system, a self-assessment from the person
        source.setItems(EvidenceSource.MANAGER);
        source.setItemLabelGenerator(s -> getTranslation("competency.evidence.source." + s.name()));
        source.setValue(EvidenceSource.MANAGER);
        observedOn.setLabel(getTranslation("competency.evidence.date"));
        observedOn.setId("evidence-date");
        observedOn.setMax(today);
        observedOn.setValue(today);
        reference.setLabel(getTranslation("competency.evidence.reference"));
        reference.setId("evidence-reference");
        reference.setMaxLength(500);
        Button save = new Button(getTranslation("competency.evidence.add"), e -> record());
        save.setId("evidence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        H3 formHeading = new H3(getTranslation("competency.evidence.title"));
        formHeading.addClassNames(LumoUtility.FontSize.MEDIUM);
        FormLayout form = new FormLayout(competency, level, source, observedOn, reference, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(report);
        if (evidence.mayRecordManagerRating(personId)) {
            add(formHeading, form);
        } else {
            Paragraph own = new Paragraph(getTranslation("competency.evidence.own"));
            own.setId("evidence-own");
            own.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(own);
        }
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        load();
    }

    private void load() {
        GapReport r = evidence.gaps(personId);
        setHeaderTitle(r.personName());
        report.removeAll();
        report.add(new GapReportPanel(r, null, groupNames.apply(r.positionGroupCode()), maxLevel));
        List<Gap> gaps = r.gaps();
        competency.setItems(gaps);
    }

    private void record() {
        if (competency.isEmpty() || level.isEmpty() || source.isEmpty() || observedOn.isEmpty()) {
            Messages.error(getTranslation("error.shared.VALIDATION_FAILED"));
            return;
        }
        try {
            evidence.record(personId, new EvidenceInput(competency.getValue().competencyCode(), level.getValue(),
                    source.getValue(), observedOn.getValue(), null, reference.getValue()));
            Messages.success(getTranslation("competency.evidence.saved"));
            competency.clear();
            reference.clear();
            load();
            onChange.run();
        } catch (InvalidInputException e) {
            Messages.error(Messages.of(this, e));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Messages.error(e.getConstraintViolations().iterator().next().getMessage());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }
}
