package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.learning.boundary.RecommendationFacade;
import org.munacademy.learning.entity.BulkEnrolment;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.PersonNeed;
import org.munacademy.learning.entity.ProgrammeNeed;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.Messages;

/**
 * «Кому что нужно»: the published programmes with how many people of the HR officer's scope (or of one municipality)
 * each closes a gap for; choosing one lists those people with the reason each, and «Записать всех» enrols the whole
 * list into a chosen open cohort of the programme after a confirmation, with a summary of seats, waiting places and
 * people skipped.
 */
class WhoNeedsWhatPanel extends VerticalLayout {

    private final RecommendationFacade recommendations;
    private final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
    private final Grid<ProgrammeNeed> programmes = new Grid<>(ProgrammeNeed.class, false);
    private final Grid<PersonNeed> persons = new Grid<>(PersonNeed.class, false);
    private final ComboBox<CohortRow> cohort = new ComboBox<>();
    private final Button enrolAll = new Button();
    private final Paragraph result = new Paragraph();

    WhoNeedsWhatPanel(RecommendationFacade recommendations, PersonFacade people) {
        this.recommendations = recommendations;
        setPadding(false);
        municipality.setId("needs-municipality");
        municipality.setLabel(getTranslation("learning.reco.needs.municipality"));
        municipality.setPlaceholder(getTranslation("learning.reco.needs.allScope"));
        municipality.setClearButtonVisible(true);
        municipality.setItems(q -> people.municipalitiesInScope(q.getFilter().orElse(null),
                new Page(q.getOffset(), Math.min(q.getLimit(), Page.MAX_LIMIT))).stream());
        municipality.setItemLabelGenerator(MunicipalityRow::name);
        municipality.setWidth("28em");
        municipality.addValueChangeListener(e -> showProgrammes());

        programmes.setId("needs-programmes");
        programmes.addColumn(ProgrammeNeed::programmeTitle).setHeader(getTranslation("learning.reco.needs.programme"))
                .setFlexGrow(3);
        programmes.addColumn(ProgrammeNeed::programmeCode).setHeader("");
        programmes.addColumn(ProgrammeNeed::persons).setHeader(getTranslation("learning.reco.needs.persons"));
        programmes.addColumn(p -> p.openCohorts().stream().map(CohortRow::code).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("learning.reco.needs.cohorts")).setFlexGrow(2);
        programmes.setAllRowsVisible(true);
        programmes.asSingleSelect().addValueChangeListener(e -> showPersons());

        persons.setId("needs-persons");
        persons.addColumn(PersonNeed::name).setHeader(getTranslation("learning.reco.needs.name")).setFlexGrow(2);
        persons.addColumn(PersonNeed::municipality).setHeader(getTranslation("learning.reco.needs.municipality"))
                .setFlexGrow(2);
        persons.addColumn(PersonNeed::reason).setHeader(getTranslation("learning.reco.needs.reason")).setFlexGrow(3)
                .setClassNameGenerator(p -> "reco-reason");
        persons.setAllRowsVisible(true);

        cohort.setId("needs-cohort");
        cohort.setLabel(getTranslation("learning.reco.needs.cohort"));
        cohort.setItemLabelGenerator(c -> getTranslation("learning.reco.cohort", c.code(),
                CohortsPanel.DATE.format(c.startsOn()), CohortsPanel.DATE.format(c.endsOn()),
                CohortsPanel.DATE.format(c.enrolTo())));
        cohort.setWidth("32em");
        enrolAll.setText(getTranslation("learning.reco.needs.enrolAll"));
        enrolAll.setIcon(VaadinIcon.PLUS.create());
        enrolAll.setId("needs-enrol-all");
        enrolAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrolAll.addClickListener(e -> confirmEnrolAll());
        HorizontalLayout action = new HorizontalLayout(cohort, enrolAll);
        action.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        action.setWrap(true);
        result.setId("needs-result");

        add(municipality, programmes, persons, action, result);
        showProgrammes();
    }

    private Long municipalityId() {
        return municipality.getValue() == null ? null : municipality.getValue().id();
    }

    private void showProgrammes() {
        try {
            programmes.setItems(recommendations.programmes(municipalityId()));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
        showPersons();
    }

    private void showPersons() {
        ProgrammeNeed p = programmes.asSingleSelect().getValue();
        List<CohortRow> open = p == null ? List.of() : p.openCohorts();
        cohort.setItems(open);
        cohort.setValue(open.isEmpty() ? null : open.get(0));
        persons.setItems(p == null ? List.of() : recommendations.persons(p.programmeCode(), municipalityId(),
                getLocale()));
    }

    private void confirmEnrolAll() {
        ProgrammeNeed p = programmes.asSingleSelect().getValue();
        if (p == null || cohort.getValue() == null) {
            Messages.error(getTranslation("learning.reco.needs.choose"));
            return;
        }
        int count = persons.getListDataView().getItemCount();
        if (count == 0) {
            Messages.error(getTranslation("learning.reco.needs.empty"));
            return;
        }
        String code = cohort.getValue().code();
        Confirmations.affirm("needs-confirm", getTranslation("learning.reco.needs.confirmTitle"),
                getTranslation("learning.reco.needs.confirm", count, code),
                getTranslation("learning.reco.needs.enrolAll"), getTranslation("common.cancel"),
                () -> enrolAll(p.programmeCode(), code));
    }

    private void enrolAll(String programme, String cohortCode) {
        try {
            BulkEnrolment done = recommendations.enrol(programme, cohortCode, municipalityId());
            String summary = getTranslation("learning.reco.needs.done", done.enrolled(), done.waiting(),
                    done.skipped());
            result.setText(summary);
            Messages.success(summary);
            showProgrammes();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }
}
