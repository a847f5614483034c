package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.assessment.boundary.ResultsFacade;
import org.munacademy.assessment.boundary.TestFacade;
import org.munacademy.assessment.entity.ItemStat;
import org.munacademy.assessment.entity.StatisticsReport;
import org.munacademy.assessment.entity.TestDetail;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The tests of the academy. Methodologists (and administrators) create and edit tests in the {@link TestsEditor},
 * publish and archive them and look at their item statistics; HR officers (and administrators) assign published
 * tests to people, municipalities or regions of their scope in the {@link TestsAssignments} panel.
 */
@Route(value = "assessment/tests", layout = MainLayout.class)
@RolesAllowed({Role.METHODOLOGIST_NAME, Role.ADMIN_NAME, Role.HR_OFFICER_NAME})
@Menu(order = 24, title = "admin.tests.menu", icon = "vaadin:clipboard-text")
public class TestsView extends VerticalLayout implements HasDynamicTitle {

    private final TestFacade tests;
    private final ResultsFacade results;
    private final PersonFacade persons;
    private final OrganisationFacade organisation;
    private final boolean methodologist;
    private final boolean assigner;
    private final BankScale scale;
    private final Grid<TestRow> grid = new Grid<>(TestRow.class, false);
    private final Button edit = new Button();
    private final Button statistics = new Button();
    private final Button assessors = new Button();
    private final GradingFacade grading;
    private TestsAssignments assignments;

    @Inject
    public TestsView(TestFacade tests, ResultsFacade results, PersonFacade persons, OrganisationFacade organisation,
            StandardFacade standards, CompetencySettings settings, CurrentUser currentUser, GradingFacade grading) {
        this.tests = tests;
        this.grading = grading;
        this.results = results;
        this.persons = persons;
        this.organisation = organisation;
        Caller caller = currentUser.require();
        this.methodologist = caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN);
        this.assigner = caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN);
        this.scale = methodologist ? BankScale.of(standards, settings.standardCode()) : new BankScale(Map.of(),
                Map.of());
        setSizeFull();

        Button create = new Button(getTranslation("admin.tests.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("tests-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setText(getTranslation("common.edit"));
        edit.setId("tests-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> selected().ifPresent(t -> open(t.id())));
        statistics.setText(getTranslation("admin.tests.statistics"));
        statistics.setId("tests-statistics");
        statistics.setIcon(VaadinIcon.BAR_CHART.create());
        statistics.addClickListener(e -> selected().ifPresent(this::statistics));
        assessors.setText(getTranslation("admin.tests.assessors"));
        assessors.setId("tests-assessors-open");
        assessors.setIcon(VaadinIcon.USERS.create());
        assessors.addClickListener(e -> selected().ifPresent(t -> new TestsAssessorsDialog(grading, t).open()));
        HorizontalLayout toolbar = new HorizontalLayout(create, edit, statistics, assessors);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setVisible(methodologist);

        columns();
        grid.asSingleSelect().addValueChangeListener(e -> selectionChanged(e.getValue()));
        if (methodologist) {
            grid.addItemDoubleClickListener(e -> open(e.getItem().id()));
        }
        add(toolbar, grid);
        if (assigner) {
            assignments = new TestsAssignments(tests, persons, organisation.regions());
            add(assignments);
        }
        expand(grid);
        reload(null);
    }

    private void columns() {
        grid.setId("tests-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TestRow::code).setHeader(getTranslation("admin.tests.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TestRow::title).setHeader(getTranslation("admin.tests.title")).setWidth("20em").setFlexGrow(1)
                .setTooltipGenerator(TestRow::title);
        grid.addColumn(t -> t.positionGroupCode() == null ? "—" : t.positionGroupCode())
                .setHeader(getTranslation("admin.tests.positionGroupShort")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(t -> BankLabels.badge(BankLabels.of(this, t.status()),
                statusTheme(t.status())))).setHeader(getTranslation("admin.tests.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> Math.round(t.timeLimitSeconds() / 60.0)).setHeader(getTranslation("admin.tests.minutes"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TestRow::items).setHeader(getTranslation("admin.tests.items"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TestRow::attemptsAllowed).setHeader(getTranslation("admin.tests.attemptsShort"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> BankLabels.of(this, t.review())).setHeader(getTranslation("admin.tests.reviewShort"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation(t.openForSelf() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("admin.tests.selfShort")).setAutoWidth(true).setFlexGrow(0);
    }

    static String statusTheme(TestStatus status) {
        return switch (status) {
            case PUBLISHED -> "success";
            case DRAFT -> "";
            case ARCHIVED -> "contrast";
        };
    }

    /** Reads the list again and selects the test with {@code id} (if given and still there). */
    private void reload(Long id) {
        List<TestRow> rows = tests.list();
        grid.setItems(rows);
        Optional<TestRow> again = id == null ? Optional.empty() : rows.stream().filter(r -> r.id() == id).findFirst();
        again.ifPresentOrElse(grid::select, () -> selectionChanged(null));
    }

    private Optional<TestRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void selectionChanged(TestRow row) {
        edit.setEnabled(row != null);
        statistics.setEnabled(row != null);
        assessors.setEnabled(row != null);
        if (assignments != null) {
            assignments.show(row);
        }
    }

    private void open(Long id) {
        TestDetail detail = null;
        if (id != null) {
            try {
                detail = tests.detail(id);
            } catch (BusinessException e) {
                Messages.error(Messages.of(this, e));
                return;
            }
        }
        TestsEditor editor = new TestsEditor(scale, positionGroups(), assigner ? persons : null);
        editor.edit(detail);
        editor.addSaveListener(e -> save(editor, e.code(), e.settings()));
        editor.addPublishListener(e -> publish(editor));
        editor.addArchiveListener(e -> archive(editor));
        editor.open();
        (detail == null ? editor.code : editor.title).focus();
    }

    private Map<String, String> positionGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        organisation.positionGroups().forEach(g -> groups.put(g.code(), BankLabels.english() ? g.nameEn()
                : g.nameRu()));
        return groups;
    }

    private void save(TestsEditor editor, String code, org.munacademy.assessment.entity.TestSettings settings) {
        TestDetail current = editor.detail();
        try {
            TestDetail saved = current == null ? tests.create(code, settings)
                    : tests.update(current.id(), current.version(), settings);
            editor.edit(saved);
            Messages.success(getTranslation("admin.tests.saved", saved.code()));
            reload(saved.id());
        } catch (BusinessException | ConstraintViolationException e) {
            failed(editor, e);
        }
    }

    private void publish(TestsEditor editor) {
        TestDetail current = editor.detail();
        try {
            TestDetail published = tests.publish(current.id(), current.version());
            editor.edit(published);
            Messages.success(getTranslation("admin.tests.published", published.code()));
            reload(published.id());
        } catch (BusinessException e) {
            failed(editor, e);
        }
    }

    private void archive(TestsEditor editor) {
        try {
            TestDetail archived = tests.archive(editor.detail().id());
            editor.edit(archived);
            Messages.success(getTranslation("admin.tests.archived", archived.code()));
            reload(archived.id());
        } catch (BusinessException e) {
            failed(editor, e);
        }
    }

    private void failed(TestsEditor editor, RuntimeException e) {
        if (e instanceof ConcurrentModificationException) {
            editor.showConflict();
            Messages.error(getTranslation("admin.tests.conflict"));
        } else if (e instanceof InvalidInputException invalid) {
            editor.showErrors(Messages.fields(this, invalid));
            Messages.error(getTranslation("admin.checkFields"));
        } else if (e instanceof ConstraintViolationException violations) {
            editor.showErrors(violations.getConstraintViolations().stream()
                    .map(v -> new InvalidInputException.FieldError(BankView.lastNode(v.getPropertyPath().toString()),
                            v.getMessage())).toList());
            Messages.error(getTranslation("admin.checkFields"));
        } else {
            Messages.error(Messages.of(this, (BusinessException) e));
        }
    }

    private void statistics(TestRow test) {
        try {
            StatisticsReport report = results.statistics(test.id());
            List<Long> ids = new ArrayList<>(report.items().stream().map(ItemStat::itemId).toList());
            new StatisticsDialog(test, report, results.questionLabels(ids)).open();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.tests.title.page");
    }
}
