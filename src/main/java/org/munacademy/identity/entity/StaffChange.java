package org.munacademy.identity.entity;

import org.munacademy.shared.entity.Texts;
import org.munacademy.shared.entity.Translatable;

/**
 * A remark on a person a staff list updates that is no single field: the list moves the person to the municipality
 * it is loaded into. Text: {@code error.identity.change.<NAME>} of the identity error bundle.
 */
public enum StaffChange implements Translatable {
    /** The person works in another municipality so far and is moved to the list's one. */
    TRANSFER;

    @Override
    public String text(Texts texts) {
        return texts.text("error.identity.change." + name());
    }
}
