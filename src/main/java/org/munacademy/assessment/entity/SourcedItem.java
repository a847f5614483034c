package org.munacademy.assessment.entity;

/**
 * A question read from a file, with where it was found ("line 12", "item q-7.xml") so that later checks (an
 * unknown competency, a duplicate code) can name the place. Competency and level may be unknown (null / 0) when
 * the file does not say; the importer then applies the defaults the user chose.
 */
public record SourcedItem(String location, BankItem item) {
}
