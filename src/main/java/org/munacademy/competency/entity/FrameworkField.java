package org.munacademy.competency.entity;

import org.munacademy.shared.entity.Texts;
import org.munacademy.shared.entity.Translatable;

/**
 * The fields of a framework's elements as the draft check names them in its texts (a field longer than its column).
 * Texts: {@code i18n/errors-competency_*.properties}, keys {@code error.competency.field.*}.
 */
public enum FrameworkField implements Translatable {
    TITLE, SOURCE, CASE_ID, NAME, DESCRIPTOR, CODE, DESCRIPTION, REPLACES_CASE_ID;

    @Override
    public String text(Texts texts) {
        return texts.text("error.competency.field." + name());
    }
}
