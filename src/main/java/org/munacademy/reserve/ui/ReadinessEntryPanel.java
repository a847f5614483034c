package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.munacademy.reserve.boundary.ReadinessFacade;
import org.munacademy.reserve.entity.EntryDetail;

/** The entry page's readiness panel (order 10): the level, the thresholds in words and the reasons per competency. */
@Dependent
public class ReadinessEntryPanel implements EntryPanel {

    @Inject
    ReadinessFacade readiness;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> panel(EntryDetail entry) {
        return Optional.of(new ReadinessPanel(readiness.readiness(entry.entry().id())));
    }
}
