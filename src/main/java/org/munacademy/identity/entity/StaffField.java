package org.munacademy.identity.entity;

import org.munacademy.shared.entity.Texts;
import org.munacademy.shared.entity.Translatable;

/**
 * What a column of a staff list (the spreadsheet an HR system such as 1С:ЗКГУ exports) may hold. A list needs a
 * name — {@link #FULL_NAME} (ФИО) or {@link #LAST_NAME} with {@link #FIRST_NAME} — and an identifier to match people
 * by: {@link #SNILS} or {@link #PERSONNEL_NUMBER}. {@link #SEX} (Пол: М/Ж) is what the registry of education
 * documents needs besides СНИЛС and date of birth. Its name as the import's texts show it (a field too long, a change
 * in the preview) is {@code error.identity.field.<FIELD>} of the identity error bundle.
 */
public enum StaffField implements Translatable {
    FULL_NAME, LAST_NAME, FIRST_NAME, MIDDLE_NAME, PERSONNEL_NUMBER, SNILS, BIRTH_DATE, SEX, POSITION, DEPARTMENT,
    EMAIL, PHONE;

    @Override
    public String text(Texts texts) {
        return texts.text("error.identity.field." + name());
    }
}
