package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.Location;

/**
 * A question read from a file, with where it was found (a GIFT line, a QTI item) so that later checks (an
 * unknown competency, a duplicate code) can name the place. Competency and level may be unknown (null / 0) when
 * the file does not say; the importer then applies the defaults the user chose.
 */
public record SourcedItem(Location location, BankItem item) {
}
