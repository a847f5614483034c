package org.munacademy.learning.entity;

import java.util.Locale;

/**
 * A document's registration number: the provider's code in capitals, a hyphen and the provider's sequence number in
 * at least six digits ({@code SZIU-UCH-000042}). The sequence is per provider (each educational organisation keeps
 * its own book of issued documents, Приказ Минобрнауки № 499, п. 19), so the provider code makes the number unique
 * nationally. In the registry export the document has no series (documents of additional professional education are
 * the organisation's own forms), its number is the six digits and its registration number is the whole.
 */
public record DocumentNumber(String providerCode, long sequence) {

    public DocumentNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("a sequence starts at 1");
        }
        providerCode = providerCode.toUpperCase(Locale.ROOT);
    }

    /** {@code SZIU-UCH-000042}. */
    public String registrationNumber() {
        return providerCode + "-" + number();
    }

    /** The sequence in at least six digits: {@code 000042}. */
    public String number() {
        return String.format(Locale.ROOT, "%06d", sequence);
    }
}
