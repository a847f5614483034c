package org.munacademy.learning.entity;

import java.util.List;

/**
 * The registry export: the XLSX in the ФИС ФРДО upload layout with the documents whose holders have the data the
 * registry requires, and the documents left out with what their holder lacks.
 */
public record RegistryExport(byte[] xlsx, int exported, List<Incomplete> incomplete) {

    /** A document left out: its number, the holder and the missing fields (snils, birthDate, sex). */
    public record Incomplete(String registrationNumber, long personId, String holderName, List<String> missing) {
    }
}
