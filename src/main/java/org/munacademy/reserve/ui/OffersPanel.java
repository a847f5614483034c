package org.munacademy.reserve.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import org.munacademy.reserve.boundary.AppointmentFacade;
import org.munacademy.reserve.boundary.OfferFacade;
import org.munacademy.reserve.entity.AppointmentRequest;
import org.munacademy.reserve.entity.OfferRequest;
import org.munacademy.reserve.entity.OfferRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.ui.Messages;

/**
 * The offers of an entry for its page (HR): the offers made and their answers, the refusals counted against the
 * reserve's limit (flagged for the commission when reached), a field to offer a position, and the appointment dialog
 * ({@code #appoint-save}) that closes the entry as a career lift. Ids: {@code #offers-grid}, {@code #offers-refusals},
 * {@code #offer-position}, {@code #offer-make}, {@code #appoint-open}.
 *
 * @see #OffersPanel(OfferFacade, AppointmentFacade, long, long, long, LocalDate, Runnable)
 */
public class OffersPanel extends VerticalLayout {

    private final OfferFacade offers;
    private final AppointmentFacade appointments;
    private final long entryId;
    private final long personId;
    private final long municipalityId;
    private final LocalDate today;
    private final Runnable changed;
    private final Grid<OfferRow> grid = new Grid<>();
    private final Span refusals = new Span();
    private final TextField position = new TextField();

    /**
     * @param today   the day the appointment dialog proposes (from the injected clock)
     * @param changed what the page does after an appointment (e.g. reload the entry, now APPOINTED)
     */
    public OffersPanel(OfferFacade offers, AppointmentFacade appointments, long entryId, long personId,
            long municipalityId, LocalDate today, Runnable changed) {
        this.offers = offers;
        this.appointments = appointments;
        this.entryId = entryId;
        this.personId = personId;
        this.municipalityId = municipalityId;
        this.today = today;
        this.changed = changed;
        setId("offers-panel");
        setPadding(false);
        refusals.setId("offers-refusals");
        grid.setId("offers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> o.positionCode() + " " + o.positionName())
                .setHeader(getTranslation("reserve.offers.col.position")).setFlexGrow(2);
        grid.addColumn(OfferRow::offeredOn).setHeader(getTranslation("reserve.offers.col.offeredOn"));
        grid.addColumn(OfferRow::answerDue).setHeader(getTranslation("reserve.offers.col.due"));
        grid.addColumn(o -> getTranslation("reserve.offers.answer." + o.answer().name()))
                .setHeader(getTranslation("reserve.offers.col.answer"));
        grid.addColumn(o -> o.comment() == null ? "" : o.comment())
                .setHeader(getTranslation("reserve.offers.col.comment")).setFlexGrow(2);
        position.setId("offer-position");
        position.setPlaceholder(getTranslation("reserve.offers.position"));
        position.setMaxLength(40);
        Button make = new Button(getTranslation("reserve.offers.make"), e -> offer());
        make.setId("offer-make");
        Button appoint = new Button(getTranslation("reserve.appoint.open"), e -> appointDialog().open());
        appoint.setId("appoint-open");
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(position, make, appoint);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("reserve.offers.title")), refusals, grid, actions);
        refresh();
    }

    private void refresh() {
        List<OfferRow> rows;
        try {
            rows = offers.ofEntry(entryId);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        grid.setItems(rows);
        if (rows.isEmpty()) {
            refusals.setText("");
            return;
        }
        OfferRow any = rows.get(0);
        refusals.setText(getTranslation("reserve.offers.refusals", String.valueOf(any.refusals()),
                String.valueOf(any.refusalsAllowed())) + (any.refusalsExhausted() ? " — "
                + getTranslation("reserve.offers.exhausted") : ""));
        refusals.getElement().setAttribute("data-exhausted", String.valueOf(any.refusalsExhausted()));
        if (any.refusalsExhausted()) {
            refusals.addClassNames(LumoUtility.TextColor.ERROR);
        }
    }

    private void offer() {
        OfferRequest r = new OfferRequest();
        r.setEntryId(entryId);
        r.setPositionCode(position.getValue());
        r.setMunicipalityId(municipalityId);
        try {
            offers.offer(r);
            Messages.success(getTranslation("reserve.offers.made"));
            position.clear();
            refresh();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private Dialog appointDialog() {
        Dialog d = new Dialog();
        d.setId("appoint-dialog");
        d.setHeaderTitle(getTranslation("reserve.appoint.title"));
        TextField to = new TextField(getTranslation("reserve.appoint.position"));
        to.setId("appoint-position");
        to.setMaxLength(40);
        grid.getListDataView().getItems().filter(o -> "ACCEPTED".equals(o.answer().name())).findFirst()
                .ifPresent(o -> to.setValue(o.positionCode()));
        DatePicker on = new DatePicker(getTranslation("reserve.appoint.date"), today);
        on.setId("appoint-date");
        TextField order = new TextField(getTranslation("reserve.appoint.order"));
        order.setId("appoint-order");
        order.setMaxLength(FieldLimits.RESERVE_DOCUMENT_NUMBER);
        Checkbox consent = new Checkbox(getTranslation("reserve.appoint.consent"));
        consent.setId("appoint-consent");
        d.add(new VerticalLayout(to, on, order, consent));
        Button save = new Button(getTranslation("reserve.appoint.save"), e -> {
            AppointmentRequest r = new AppointmentRequest();
            r.setPersonId(personId);
            r.setPositionCode(to.getValue());
            r.setMunicipalityId(municipalityId);
            r.setAppointedOn(on.getValue());
            r.setOrderNumber(order.getValue());
            r.setEntryId(entryId);
            r.setConsent(consent.getValue());
            try {
                appointments.record(r);
                Messages.success(getTranslation("reserve.appoint.saved"));
                d.close();
                refresh();
                changed.run();
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        save.setId("appoint-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("reserve.appoint.cancel"), e -> d.close());
        d.getFooter().add(cancel, save);
        return d;
    }
}
