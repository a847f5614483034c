package org.munacademy.identity.entity;

import org.munacademy.shared.entity.Place;

/**
 * The places of a staff list import that are no row of the file (rows are the kernel's {@code SharedPlace.ROW}).
 * Texts: {@code i18n/errors-identity_*.properties}, keys {@code error.identity.at.*}.
 */
public enum IdentityPlace implements Place {
    /** The mapping of columns to fields as a whole. */
    MAPPING("mapping"),
    /** The column mapped to one field: argument the {@link StaffField}. */
    MAPPING_OF("mapping");

    private final String word;

    IdentityPlace(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String context() {
        return "identity";
    }
}
