package org.munacademy.reserve.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.reserve.boundary.EntryFacade;
import org.munacademy.reserve.boundary.ProtocolFacade;
import org.munacademy.reserve.boundary.ReserveFacade;
import org.munacademy.reserve.entity.EntryFilter;
import org.munacademy.reserve.entity.EntryRow;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReserveRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The personnel reserve for HR, commission members and administrators: a reserve selector (the reserves of the
 * caller's scope), filters by status, target group and readiness, the entries grid (lazy: a page at a time),
 * «Выдвинуть» for HR ({@link NominateDialog}) and «Протокол комиссии» for members of the chosen reserve's commission
 * ({@link ProtocolDialog}). A row opens the entry's page ({@link EntryView}).
 */
@Route(value = "reserve", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
@Menu(order = 28, title = "reserve.menu", icon = "vaadin:users")
public class ReserveView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReserveFacade reserves;
    private final EntryFacade entries;
    private final ComboBox<ReserveRow> reserve = new ComboBox<>();
    private final ComboBox<EntryStatus> status = new ComboBox<>();
    private final ComboBox<PositionGroupRow> group = new ComboBox<>();
    private final ComboBox<Readiness> readiness = new ComboBox<>();
    private final Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
    private final Button protocol;
    private final Clock clock;

    @Inject
    public ReserveView(ReserveFacade reserves, EntryFacade entries, ProtocolFacade protocols, PersonFacade persons,
            OrganisationFacade organisation, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.reserves = reserves;
        this.entries = entries;
        setId("reserve");
        setMaxWidth("90em");
        List<PositionGroupRow> groups = organisation.positionGroups();

        reserve.setId("reserve-select");
        reserve.setLabel(getTranslation("reserve.reserve"));
        reserve.setItems(reserves.reserves());
        reserve.setItemLabelGenerator(r -> r.name() + " (" + getTranslation("reserve.level." + r.level().name())
                + ")");
        reserve.setWidth("36em");
        reserve.setClearButtonVisible(true);
        reserve.setPlaceholder(getTranslation("reserve.any"));
        status.setId("reserve-status");
        status.setLabel(getTranslation("reserve.status"));
        status.setItems(EntryStatus.values());
        status.setItemLabelGenerator(s -> ReserveLabels.of(this, "reserve.entryStatus.", s));
        status.setClearButtonVisible(true);
        group.setId("reserve-group");
        group.setLabel(getTranslation("reserve.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(PositionGroupRow::nameRu);
        group.setClearButtonVisible(true);
        readiness.setId("reserve-readiness");
        readiness.setLabel(getTranslation("reserve.readiness"));
        readiness.setItems(Readiness.values());
        readiness.setItemLabelGenerator(r -> ReserveLabels.of(this, "reserve.readinessLevel.", r));
        readiness.setClearButtonVisible(true);
        List.of(reserve, status, group, readiness).forEach(c -> c.addValueChangeListener(e -> refresh()));

        Button nominate = new Button(getTranslation("reserve.nominate"), VaadinIcon.PLUS.create(),
                e -> new NominateDialog(entries, persons, groups, reserves.reserves(), reserve.getValue(),
                        this::refresh).open());
        nominate.setId("reserve-nominate");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean hr = currentUser.require().hasAnyRole(Role.HR_OFFICER, Role.ADMIN);
        nominate.setVisible(hr);
        protocol = new Button(getTranslation("reserve.protocol"), VaadinIcon.FILE_TEXT_O.create(), e -> {
            if (reserve.getValue() == null) {
                Messages.error(getTranslation("reserve.chooseReserve"));
                return;
            }
            new ProtocolDialog(protocols, entries, reserve.getValue(), LocalDate.now(clock), this::refresh).open();
        });
        protocol.setId("reserve-protocol");
        protocol.setVisible(false);
        reserve.addValueChangeListener(e -> protocol.setVisible(e.getValue() != null
                && reserves.reserve(e.getValue().code()).member()));

        HorizontalLayout filters = new HorizontalLayout(reserve, status, group, readiness);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(nominate, protocol);

        grid.setId("reserve-entries");
        grid.addColumn(EntryRow::personName).setHeader(getTranslation("reserve.col.person")).setFlexGrow(2);
        grid.addColumn(EntryRow::municipalityName).setHeader(getTranslation("reserve.col.municipality"))
                .setFlexGrow(2);
        grid.addColumn(EntryRow::reserveCode).setHeader(getTranslation("reserve.col.reserve"));
        grid.addColumn(ReserveLabels::target).setHeader(getTranslation("reserve.col.target")).setFlexGrow(2);
        grid.addColumn(r -> ReserveLabels.of(this, "reserve.entryStatus.", r.status()))
                .setHeader(getTranslation("reserve.status"));
        grid.addColumn(r -> ReserveLabels.of(this, "reserve.readinessLevel.", r.readiness()))
                .setHeader(getTranslation("reserve.readiness"));
        grid.addColumn(r -> r.validUntil() == null ? "" : DATE.format(r.validUntil()))
                .setHeader(getTranslation("reserve.col.validUntil"));
        grid.addColumn(EntryRow::daysInReserve).setHeader(getTranslation("reserve.col.days"));
        grid.setEmptyStateText(getTranslation("reserve.none"));
        grid.setPageSize(50);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(EntryView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setItems(q -> entries.entries(filter(), new Page(q.getOffset(), Math.min(q.getLimit(), Page.MAX_LIMIT)))
                .items().stream(), q -> (int) entries.count(filter()));
        add(new H2(getTranslation("reserve.title")), filters, actions, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private EntryFilter filter() {
        return new EntryFilter(reserve.getValue() == null ? null : reserve.getValue().code(), status.getValue(),
                group.getValue() == null ? null : group.getValue().code(), readiness.getValue());
    }

    private void refresh() {
        try {
            grid.getDataProvider().refreshAll();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    /** Statuses a commission decides about (for the protocol's list). */
    static List<EntryStatus> decidable() {
        return Arrays.stream(EntryStatus.values()).filter(s -> !s.closed()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reserve.title");
    }
}
