package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.munacademy.reserve.boundary.AppointmentFacade;
import org.munacademy.reserve.boundary.OfferFacade;
import org.munacademy.reserve.entity.EntryDetail;
import org.munacademy.reserve.entity.EntryStatus;

/**
 * The entry page's offers and appointment (order 30): offers made and their answers, refusals against the reserve's
 * limit, a new offer and the appointment dialog — while the person is in the reserve, and the offers' record after an
 * appointment. A change reloads the page so that the entry's data and history show it.
 */
@Dependent
public class OffersEntryPanel implements EntryPanel {

    @Inject
    OfferFacade offers;

    @Inject
    AppointmentFacade appointments;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> panel(EntryDetail entry) {
        EntryStatus status = entry.entry().status();
        if (!status.inReserve() && status != EntryStatus.APPOINTED) {
            return Optional.empty();
        }
        return Optional.of(new OffersPanel(offers, appointments, entry.entry().id(), entry.entry().personId(),
                entry.entry().municipalityId(), LocalDate.now(clock), () -> UI.getCurrent().getPage().reload()));
    }
}
