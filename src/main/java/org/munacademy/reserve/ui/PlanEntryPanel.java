package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.reserve.boundary.PlanFacade;
import org.munacademy.reserve.entity.EntryDetail;
import org.munacademy.reserve.entity.EntryStatus;

/** The entry page's development plan (order 20): the plan, or the button that generates it from the gaps. */
@Dependent
public class PlanEntryPanel implements EntryPanel {

    @Inject
    PlanFacade plans;

    @Inject
    PersonFacade persons;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> panel(EntryDetail entry) {
        EntryStatus status = entry.entry().status();
        if (!status.inReserve() && status != EntryStatus.APPOINTED) {
            return Optional.empty();
        }
        return Optional.of(new PlanPanel(plans, persons, entry.entry().id()));
    }
}
