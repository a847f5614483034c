package org.munacademy.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.List;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.boundary.StaffListFacade;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonData;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.organisation.entity.PositionGroupRow.PositionRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * People in the HR officer's scope: a lazily loaded, filterable list; opening a row reads the person's card
 * (audited) into the form beside it; new people can be added to municipalities within the scope.
 */
@Route(value = "people", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "ADMIN"})
@Menu(order = 10, title = "people.menu", icon = "vaadin:users")
public class PeopleView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final PersonFacade persons;
    private final Grid<PersonRow> grid = new Grid<>(PersonRow.class, false);
    private final TextField search = new TextField();
    private final Select<Boolean> consent = new Select<>();
    private final Span total = new Span();
    private final PersonForm form;
    private Long editingId;

    @Inject
    public PeopleView(PersonFacade persons, OrganisationFacade organisation, Clock clock,
            StaffListFacade staffLists) {
        this.persons = persons;
        setSizeFull();

        List<PositionRow> positions = organisation.positionGroups().stream()
                .map(PositionGroupRow::positions).flatMap(List::stream).toList();
        form = new PersonForm(positions, organisation::municipality, clock);
        form.municipality.setItems(q -> persons.municipalitiesInScope(q.getFilter().orElse(""),
                new Page(q.getOffset(), q.getLimit())).stream());
        form.addSaveListener(e -> save(e.data()));
        form.addCloseListener(e -> closeForm());
        form.setVisible(false);
        form.addClassNames(LumoUtility.Padding.MEDIUM);
        form.setWidth("32em");

        search.setPlaceholder(getTranslation("people.search"));
        search.setId("people-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        consent.setId("people-consent-filter");
        consent.setLabel(getTranslation("person.consentGiven"));
        consent.setItems(Boolean.TRUE, Boolean.FALSE);
        consent.setEmptySelectionAllowed(true);
        consent.setEmptySelectionCaption(getTranslation("common.all"));
        consent.setItemLabelGenerator(v -> v == null ? getTranslation("common.all")
                : getTranslation(v ? "common.yes" : "common.no"));
        consent.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e -> openNew());
        add.setId("people-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, consent, total, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);

        grid.setId("people-grid");
        grid.setHeightFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PersonRow::fullName).setHeader(getTranslation("person.fullName")).setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(PersonRow::municipalityName).setHeader(getTranslation("person.municipality")).setFlexGrow(2)
                .setWidth("16em");
        grid.addColumn(PersonRow::positionName).setHeader(getTranslation("person.position")).setFlexGrow(1);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("person.email")).setFlexGrow(1);
        grid.addColumn(PersonRow::phone).setHeader(getTranslation("person.phone")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(Boolean.TRUE.equals(r.consentGiven()) ? "common.yes" : "common.no"))
                .setHeader(getTranslation("person.consentShort")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openExisting(e.getValue().id());
            }
        });
        grid.setItems(q -> persons.list(filter(), new Page(q.getOffset(), q.getLimit())).stream(),
                q -> (int) persons.count(filter()));
        updateTotal();

        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        StaffListPanel staffList = new StaffListPanel(staffLists, persons, this::refresh);
        staffList.setWidthFull();
        add(toolbar, staffList, content);
        expand(content);
    }

    private PersonFilter filter() {
        return new PersonFilter(search.getValue(), null, null, consent.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("common.total", persons.count(filter())));
        total.setId("people-total");
    }

    private void openNew() {
        grid.asSingleSelect().clear();
        editingId = null;
        form.edit(new PersonData(), true);
        form.setVisible(true);
        form.lastName.focus();
    }

    /** {@code /people/<id>} opens that person's card (a link that can be shared within the scope). */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            openExisting(id);
        }
    }

    private void openExisting(long id) {
        PersonCard card;
        try {
            card = persons.card(id); // audited; refused outside the scope
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            closeForm();
            return;
        }
        editingId = id;
        form.edit(card.toData(), false);
        form.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "people/" + id));
    }

    private void closeForm() {
        form.setVisible(false);
        editingId = null;
        grid.asSingleSelect().clear();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "people"));
    }

    private void save(PersonData data) {
        try {
            PersonCard saved = editingId == null ? persons.create(data) : persons.update(editingId, data);
            Messages.success(getTranslation("people.saved", saved.fullName()));
            closeForm();
            refresh();
        } catch (InvalidInputException e) {
            if (!form.showErrors(Messages.fields(this, e))) {
                Messages.error(Messages.of(this, e));
            }
        } catch (ConstraintViolationException e) {
            form.showErrors(e.getConstraintViolations().stream()
                    .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
