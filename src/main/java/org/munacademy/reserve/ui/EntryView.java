package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.munacademy.reserve.boundary.EntryFacade;
import org.munacademy.reserve.entity.EntryDetail;
import org.munacademy.reserve.entity.EntryRow;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.EventRow;
import org.munacademy.reserve.entity.WithdrawalData;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * An entry's page ({@code reserve/entry/{id}}): the person, reserve, target, status, dates and basis; then the panels
 * other parts of the reserve contribute (readiness, development plan, offers — each an {@link EntryPanel} bean, in
 * their order, inside {@code #entry-panels}); then the history in order ({@code #entry-history}). Outside the caller's
 * scope the page says the entry was not found. HR sees «Отозвать выдвижение» ({@code #entry-withdraw}) while the entry
 * is a nomination: a dialog ({@code #withdraw-dialog}) asks for the reason ({@code #withdraw-reason}) and confirms
 * ({@code #withdraw-confirm}).
 */
@Route(value = "reserve/entry/:id", layout = MainLayout.class)
@RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
public class EntryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EntryFacade entries;
    private final Instance<EntryPanel> panels;

    @Inject
    public EntryView(EntryFacade entries, Instance<EntryPanel> panels) {
        this.entries = entries;
        this.panels = panels;
        setId("entry");
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("reserve.entry.back"), ReserveView.class);
        back.setId("entry-back");
        add(back);
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(entries.entry(id));
        } catch (NumberFormatException e) {
            problem(getTranslation("error.reserve.ENTRY_NOT_FOUND", event.getRouteParameters().get("id")
                    .orElse("")));
        } catch (BusinessException e) {
            problem(Messages.of(this, e));
        }
    }

    private void problem(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("entry-problem");
        add(p);
    }

    private void show(EntryDetail d) {
        EntryRow r = d.entry();
        H2 title = new H2(r.personName());
        title.setId("entry-person");
        FormLayout data = new FormLayout();
        data.setId("entry-data");
        field(data, "reserve.col.reserve", r.reserveName());
        field(data, "reserve.col.municipality", r.municipalityName());
        field(data, "reserve.col.target", ReserveLabels.target(r));
        field(data, "reserve.status", ReserveLabels.of(this, "reserve.entryStatus.", r.status())).setId(
                "entry-status");
        field(data, "reserve.readiness", ReserveLabels.of(this, "reserve.readinessLevel.", r.readiness()));
        field(data, "reserve.entry.basis", ReserveLabels.of(this, "reserve.basis.", d.basis()));
        field(data, "reserve.entry.document", d.basisDocument());
        field(data, "reserve.entry.nominatedBy", d.nominatedBy());
        field(data, "reserve.entry.nominatedOn", date(r.nominatedOn()));
        field(data, "reserve.entry.includedOn", date(r.includedOn()));
        field(data, "reserve.col.validUntil", date(r.validUntil())).setId("entry-valid-until");
        field(data, "reserve.col.days", String.valueOf(r.daysInReserve()));
        field(data, "reserve.entry.extensions", String.valueOf(d.extensions()));
        field(data, "reserve.entry.refusals", String.valueOf(d.refusals()));
        if (d.closedOn() != null) {
            field(data, "reserve.entry.closedOn", date(d.closedOn()));
        }
        if (r.status() == EntryStatus.WITHDRAWN) {
            field(data, "reserve.withdraw.reason", d.closingComment()).setId("entry-withdrawal-reason");
        }
        if (d.exclusionGround() != null) {
            field(data, "reserve.entry.ground", ReserveLabels.of(this, "reserve.ground.", d.exclusionGround())
                    + (d.closingComment() == null ? "" : " — " + d.closingComment()));
        }
        add(title, data);
        if (entries.mayWithdraw(r)) {
            Button withdraw = new Button(getTranslation("reserve.withdraw"), VaadinIcon.BAN.create(),
                    e -> withdraw(r));
            withdraw.setId("entry-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(withdraw);
        }

        VerticalLayout contributed = new VerticalLayout();
        contributed.setId("entry-panels");
        contributed.setPadding(false);
        List<EntryPanel> ordered = new ArrayList<>();
        panels.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(EntryPanel::order).thenComparing(p -> p.getClass().getName()));
        for (EntryPanel p : ordered) {
            try {
                Optional<Component> c = p.panel(d);
                c.ifPresent(contributed::add);
            } catch (BusinessException e) {
                contributed.add(new Paragraph(Messages.of(this, e)));
            }
        }
        add(contributed);

        Grid<EventRow> history = new Grid<>(EventRow.class, false);
        history.setId("entry-history");
        history.addColumn(EventRow::seq).setHeader(getTranslation("reserve.entry.seq")).setFlexGrow(0)
                .setWidth("4em");
        history.addColumn(e -> date(e.happenedOn())).setHeader(getTranslation("reserve.entry.date"));
        history.addColumn(e -> ReserveLabels.of(this, "reserve.event.", e.kind()))
                .setHeader(getTranslation("reserve.entry.event")).setFlexGrow(2);
        history.addColumn(e -> ReserveLabels.of(this, "reserve.entryStatus.", e.status()))
                .setHeader(getTranslation("reserve.status"));
        history.addColumn(EventRow::actor).setHeader(getTranslation("reserve.entry.actor"));
        history.addColumn(EventRow::detail).setHeader(getTranslation("reserve.entry.detail")).setFlexGrow(3);
        history.setItems(d.history());
        history.setAllRowsVisible(true);
        add(new H3(getTranslation("reserve.entry.history")), history);
    }

    /**
     * «Отозвать выдвижение»: asks for the reason and confirms; the withdrawal sends the version read, so a change in
     * between (the commission decided) is refused and shown, and the page shows the entry as it is afterwards.
     */
    private void withdraw(EntryRow r) {
        Dialog dialog = new Dialog();
        dialog.setId("withdraw-dialog");
        dialog.setHeaderTitle(getTranslation("reserve.withdraw.title"));
        Paragraph text = new Paragraph(getTranslation("reserve.withdraw.text", r.personName(), r.reserveName()));
        TextArea reason = new TextArea(getTranslation("reserve.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setMaxLength(FieldLimits.RESERVE_COMMENT);
        reason.setRequired(true);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("reserve.withdraw.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.reserve.WITHDRAW_REASON_REQUIRED"));
                return;
            }
            try {
                EntryDetail after = entries.withdraw(r.id(), new WithdrawalData(reason.getValue(), r.version()));
                dialog.close();
                Messages.success(getTranslation("reserve.withdraw.done"));
                rebuild(after);
            } catch (BusinessException ex) {
                dialog.close();
                Messages.error(Messages.of(this, ex));
                rebuild(entries.entry(r.id()));
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("reserve.cancel"), e -> dialog.close());
        cancel.setId("withdraw-cancel");
        dialog.add(text, reason);
        dialog.setWidth("36em");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Shows the entry anew below the back link (after a change on this page). */
    private void rebuild(EntryDetail d) {
        getChildren().skip(1).toList().forEach(this::remove);
        show(d);
    }

    private Span field(FormLayout form, String key, String value) {
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        form.addFormItem(v, getTranslation(key));
        return v;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : ReserveView.DATE.format(d);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reserve.entry.title");
    }
}
