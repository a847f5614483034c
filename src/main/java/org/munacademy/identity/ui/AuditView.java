package org.munacademy.identity.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.AuditFilter;
import org.munacademy.identity.entity.AuditRow;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.MainLayout;

/**
 * The audit log for administrators: who did what to which account or person, when, from where and with what
 * outcome; newest first, filtered by user, action, outcome and dates (UTC).
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(order = 95, title = "audit.menu", icon = "vaadin:archive")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final Select<AuditEvent.Outcome> outcome = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span total = new Span();

    @Inject
    public AuditView(AuditLog audit) {
        this.audit = audit;
        setSizeFull();

        actor.setLabel(getTranslation("audit.actor"));
        actor.setPlaceholder(getTranslation("audit.actor.hint"));
        actor.setId("audit-actor");
        actor.setPrefixComponent(VaadinIcon.USER.create());
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> refresh());

        action.setLabel(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("common.all"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("common.all")
                : getTranslation("audit.action." + a.name()));
        action.addValueChangeListener(e -> refresh());

        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setId("audit-outcome");
        outcome.setItems(AuditEvent.Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("common.all"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("common.all")
                : getTranslation("audit.outcome." + o.name()));
        outcome.addValueChangeListener(e -> refresh());

        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });

        total.setId("audit-total");
        HorizontalLayout filters = new HorizontalLayout(actor, action, outcome, from, to, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.addClassNames(LumoUtility.FlexWrap.WRAP);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> UTC_TIME.format(r.occurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("audit.outcome." + r.outcome().name()))
                .setHeader(getTranslation("audit.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::target).setHeader(getTranslation("audit.target")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1)
                .setTooltipGenerator(AuditRow::detail);
        grid.addColumn(AuditRow::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true)
                .setFlexGrow(0);
        // the log comes newest first; the grid does not sort it otherwise
        grid.setItems(q -> audit.list(filter(), new Page(q.getOffset(), q.getLimit())).stream(),
                q -> (int) audit.count(filter()));
        updateTotal();

        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), outcome.getValue(), null, null,
                from.getValue(), to.getValue());
    }

    /** The target by its translated type and id, e.g. "Учётная запись admin". */
    private String target(AuditRow row) {
        if (row.targetType() == null) {
            return "";
        }
        String type = getTranslation("audit.target." + row.targetType());
        return (type.startsWith("!") ? row.targetType() : type) + " " + (row.targetId() == null ? "" : row.targetId());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("common.total", audit.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
