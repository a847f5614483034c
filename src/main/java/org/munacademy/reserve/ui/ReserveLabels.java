package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import org.munacademy.reserve.entity.EntryRow;

/** The reserve's enum and row texts, from {@code i18n/reserve_*.properties}. */
final class ReserveLabels {

    private ReserveLabels() {
    }

    static String of(Component c, String prefix, Enum<?> value) {
        return value == null ? "—" : c.getTranslation(prefix + value.name());
    }

    static String target(EntryRow r) {
        return r.targetPositionName() == null ? r.targetGroupName() : r.targetGroupName() + ": "
                + r.targetPositionName();
    }
}
