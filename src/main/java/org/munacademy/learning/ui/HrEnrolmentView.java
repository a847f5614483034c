package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.learning.boundary.CohortFacade;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.boundary.RecommendationFacade;
import org.munacademy.learning.entity.BulkEnrolment;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.GapCandidate;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * HR's enrolment: choose an open cohort, find the people of the scope with a gap in a competency («все в моём
 * муниципалитете с разрывом по BUD-01»), select all or some and enrol them in one step; below, the cohort's
 * participants of the scope with status and waiting place. A second tab, «Кому что нужно», starts from the
 * programmes instead: who in the scope needs which, and everybody on a programme's list enrolled in one action
 * ({@link WhoNeedsWhatPanel}).
 */
@Route(value = "learning/enrol", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "ADMIN"})
@Menu(order = 25.5, title = "learning.hrEnrol.menu", icon = "vaadin:group")
public class HrEnrolmentView extends VerticalLayout implements HasDynamicTitle {

    private final CohortFacade cohorts;
    private final EnrolmentFacade enrolment;
    private final ComboBox<CohortRow> cohort = new ComboBox<>();
    private final TextField competency = new TextField();
    private final Grid<GapCandidate> candidates = new Grid<>(GapCandidate.class, false);
    private final Grid<EnrolmentRow> participants = new Grid<>(EnrolmentRow.class, false);

    @Inject
    public HrEnrolmentView(CohortFacade cohorts, EnrolmentFacade enrolment, RecommendationFacade recommendations,
            PersonFacade people) {
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        setMaxWidth("80em");
        cohort.setId("hr-enrol-cohort");
        cohort.setLabel(getTranslation("learning.hrEnrol.cohort"));
        cohort.setItems(cohorts.openToday());
        cohort.setItemLabelGenerator(c -> c.code() + " — " + c.programmeTitle());
        cohort.setWidth("32em");
        cohort.addValueChangeListener(e -> showParticipants());
        competency.setId("hr-enrol-competency");
        competency.setLabel(getTranslation("learning.hrEnrol.competency"));
        competency.setPlaceholder("BUD-01");
        Button find = new Button(getTranslation("learning.hrEnrol.find"), VaadinIcon.SEARCH.create(),
                e -> findCandidates());
        find.setId("hr-enrol-find");
        HorizontalLayout filter = new HorizontalLayout(cohort, competency, find);
        filter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter.setWrap(true);

        candidates.setId("hr-enrol-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(GapCandidate::name).setHeader(getTranslation("learning.hrEnrol.name")).setFlexGrow(2);
        candidates.addColumn(GapCandidate::municipality).setHeader(getTranslation("learning.hrEnrol.municipality"));
        candidates.addColumn(c -> c.current() == null ? "—" : String.valueOf(c.current()))
                .setHeader(getTranslation("learning.hrEnrol.current"));
        candidates.addColumn(GapCandidate::target).setHeader(getTranslation("learning.hrEnrol.target"));
        candidates.addColumn(c -> c.status() == null ? "" : getTranslation("learning.enrolment.status."
                + c.status().name())).setHeader(getTranslation("learning.hrEnrol.status"));
        candidates.setAllRowsVisible(true);
        Button enrolSelected = new Button(getTranslation("learning.hrEnrol.enrol"), VaadinIcon.PLUS.create(),
                e -> enrolSelected());
        enrolSelected.setId("hr-enrol-submit");
        enrolSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        participants.setId("hr-enrol-participants");
        participants.addColumn(EnrolmentRow::personName).setHeader(getTranslation("learning.hrEnrol.name"))
                .setFlexGrow(2);
        participants.addColumn(r -> getTranslation("learning.enrolment.status." + r.status().name()))
                .setHeader(getTranslation("learning.hrEnrol.status"));
        participants.addColumn(r -> r.waitingNo() == null ? "" : String.valueOf(r.waitingNo()))
                .setHeader(getTranslation("learning.hrEnrol.waitingNo"));
        participants.setAllRowsVisible(true);

        VerticalLayout byCohort = new VerticalLayout(filter, candidates, enrolSelected,
                new H3(getTranslation("learning.hrEnrol.participants")), participants);
        byCohort.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("hr-enrol-tabs");
        tabs.setWidthFull();
        Tab cohortTab = tabs.add(getTranslation("learning.reco.tab.enrol"), byCohort);
        cohortTab.setId("hr-tab-enrol");
        Tab needsTab = tabs.add(getTranslation("learning.reco.tab.needs"), new LazyPanel(() ->
                new WhoNeedsWhatPanel(recommendations, people)));
        needsTab.setId("hr-tab-needs");
        add(new H2(getTranslation("learning.hrEnrol.title")), tabs);
    }

    private void findCandidates() {
        if (cohort.getValue() == null) {
            Messages.error(getTranslation("learning.hrEnrol.chooseCohort"));
            return;
        }
        try {
            List<GapCandidate> found = enrolment.candidates(cohort.getValue().code(), competency.getValue(), null);
            candidates.setItems(found);
            candidates.asMultiSelect().select(found.stream().filter(c -> c.status() == null).toList());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void enrolSelected() {
        if (cohort.getValue() == null || candidates.getSelectedItems().isEmpty()) {
            Messages.error(getTranslation("learning.hrEnrol.chooseCohort"));
            return;
        }
        try {
            BulkEnrolment result = enrolment.enrol(cohort.getValue().code(),
                    candidates.getSelectedItems().stream().map(GapCandidate::personId).toList());
            Messages.success(getTranslation("learning.hrEnrol.done", result.enrolled(), result.waiting(),
                    result.skipped()));
            findCandidates();
            showParticipants();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void showParticipants() {
        participants.setItems(cohort.getValue() == null ? List.of() : cohorts.participants(cohort.getValue().code()));
    }

    /** Builds its content when first shown, so the cohort tab does not pay for the scope's gaps. */
    private static final class LazyPanel extends com.vaadin.flow.component.html.Div {

        LazyPanel(java.util.function.Supplier<com.vaadin.flow.component.Component> content) {
            setWidthFull();
            addAttachListener(e -> {
                if (getChildren().findAny().isEmpty()) {
                    add(content.get());
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.hrEnrol.title");
    }
}
