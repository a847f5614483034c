package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import org.munacademy.assessment.boundary.TestFacade;
import org.munacademy.assessment.entity.AssignmentInput;
import org.munacademy.assessment.entity.AssignmentRow;
import org.munacademy.assessment.entity.AssignmentTarget;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.Messages;

/**
 * Who takes a test, for HR officers and administrators: the assignments in their scope (a person, a
 * municipality with its settlements, or a region) with due dates, a form to assign the published test to
 * another target, and withdrawal. Targets outside the scope are refused by the facade and shown as a message.
 */
class TestsAssignments extends VerticalLayout {

    private final TestFacade tests;
    private final H3 heading = new H3();
    private final Paragraph notPublished = new Paragraph();
    private final Grid<AssignmentRow> grid = new Grid<>(AssignmentRow.class, false);
    private final Select<AssignmentTarget> target = new Select<>();
    private final ComboBox<PersonRow> person = new ComboBox<>();
    private final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
    private final ComboBox<RegionRow> region = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Button assign = new Button();
    private final HorizontalLayout form;
    private TestRow test;

    TestsAssignments(TestFacade tests, PersonFacade persons, List<RegionRow> regions) {
        this.tests = tests;
        setId("tests-assignments");
        setPadding(false);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        notPublished.setText(getTranslation("admin.assign.notPublished"));
        notPublished.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        grid.setId("assignments-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> BankLabels.of(this, a.target())).setHeader(getTranslation("admin.assign.target"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AssignmentRow::targetName).setHeader(getTranslation("admin.assign.name")).setFlexGrow(1);
        grid.addColumn(a -> a.dueDate() == null ? "—" : BankLabels.date(a.dueDate()))
                .setHeader(getTranslation("admin.assign.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.assignedBy() + ", " + BankLabels.dateTime(a.assignedAt()))
                .setHeader(getTranslation("admin.assign.by")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);

        target.setId("assign-target");
        target.setLabel(getTranslation("admin.assign.target"));
        target.setItems(AssignmentTarget.values());
        target.setItemLabelGenerator(t -> BankLabels.of(this, t));
        target.addValueChangeListener(e -> showPicker());
        person.setId("assign-person");
        person.setLabel(getTranslation("admin.enum.AssignmentTarget.PERSON"));
        person.setItemLabelGenerator(p -> p.fullName() + " — " + p.municipalityName());
        person.setItems(q -> persons.list(new PersonFilter(q.getFilter().orElse(""), null, null, null),
                new Page(q.getOffset(), q.getLimit())).stream());
        municipality.setId("assign-municipality");
        municipality.setLabel(getTranslation("admin.enum.AssignmentTarget.MUNICIPALITY"));
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.regionName() + ")");
        municipality.setItems(q -> persons.municipalitiesInScope(q.getFilter().orElse(""),
                new Page(q.getOffset(), q.getLimit())).stream());
        region.setId("assign-region");
        region.setLabel(getTranslation("admin.enum.AssignmentTarget.REGION"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.code() + " " + r.name());
        for (ComboBox<?> box : List.of(person, municipality, region)) {
            box.setMinWidth("22em");
        }
        due.setId("assign-due");
        due.setLabel(getTranslation("admin.assign.due"));
        due.setMin(LocalDate.now(BankLabels.MOSCOW));
        due.setClearButtonVisible(true);
        assign.setText(getTranslation("admin.assign.add"));
        assign.setId("assign-add");
        assign.setIcon(VaadinIcon.PLUS.create());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> assign());
        form = new HorizontalLayout(target, person, municipality, region, due, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames(LumoUtility.FlexWrap.WRAP);
        target.setValue(AssignmentTarget.PERSON);

        add(heading, notPublished, grid, form);
        show(null);
    }

    /** Shows the assignments of a test (none selected: the panel hides). */
    void show(TestRow row) {
        this.test = row;
        setVisible(row != null);
        if (row == null) {
            return;
        }
        heading.setText(getTranslation("admin.assign.heading", row.code(), row.title()));
        boolean published = row.status() == TestStatus.PUBLISHED;
        notPublished.setVisible(!published);
        form.setVisible(published);
        reload();
    }

    private void reload() {
        try {
            grid.setItems(tests.assignments(test.id()));
        } catch (BusinessException e) {
            grid.setItems(List.of());
            Messages.error(Messages.of(this, e));
        }
    }

    private void showPicker() {
        AssignmentTarget t = target.getValue();
        person.setVisible(t == AssignmentTarget.PERSON);
        municipality.setVisible(t == AssignmentTarget.MUNICIPALITY);
        region.setVisible(t == AssignmentTarget.REGION);
    }

    private Long targetId() {
        AssignmentTarget t = target.getValue();
        if (t == null) {
            return null;
        }
        return switch (t) {
            case PERSON -> person.getValue() == null ? null : person.getValue().id();
            case MUNICIPALITY -> municipality.getValue() == null ? null : municipality.getValue().id();
            case REGION -> region.getValue() == null ? null : region.getValue().id();
        };
    }

    private void assign() {
        Long id = targetId();
        if (id == null) {
            Messages.error(getTranslation("admin.assign.pickTarget"));
            return;
        }
        try {
            AssignmentRow row = tests.assign(test.id(), new AssignmentInput(target.getValue(), id, due.getValue()));
            Messages.success(getTranslation("admin.assign.done", row.targetName()));
            person.clear();
            municipality.clear();
            region.clear();
            reload();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        } catch (jakarta.validation.ConstraintViolationException e) {
            Messages.error(e.getConstraintViolations().iterator().next().getMessage());
        }
    }

    private Component removeButton(AssignmentRow row) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> unassign(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("admin.assign.remove"));
        remove.setTooltipText(getTranslation("admin.assign.remove"));
        remove.setId("assign-remove-" + row.id());
        return remove;
    }

    private void unassign(AssignmentRow row) {
        try {
            tests.unassign(row.id());
            Messages.success(getTranslation("admin.assign.removed", row.targetName()));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
        reload();
    }
}
