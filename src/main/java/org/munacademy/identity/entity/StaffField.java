package org.munacademy.identity.entity;

/**
 * What a column of a staff list (the spreadsheet an HR system such as 1С:ЗКГУ exports) may hold. A list needs a
 * name — {@link #FULL_NAME} (ФИО) or {@link #LAST_NAME} with {@link #FIRST_NAME} — and an identifier to match people
 * by: {@link #SNILS} or {@link #PERSONNEL_NUMBER}.
 */
public enum StaffField {
    FULL_NAME, LAST_NAME, FIRST_NAME, MIDDLE_NAME, PERSONNEL_NUMBER, SNILS, BIRTH_DATE, POSITION, DEPARTMENT, EMAIL,
    PHONE
}
