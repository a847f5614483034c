package org.munacademy.shared.control;

/**
 * Formula injection in exported spreadsheets (CWE-1236): a cell whose text starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is taken by Excel and LibreOffice for a formula
 * ({@code =HYPERLINK(...)} phishing, {@code =cmd|' /C calc'!A0} DDE). Every CSV and XLSX export writes such text as
 * text: CSV prefixes it with an apostrophe (what OWASP recommends), XLSX stores a string cell with the quote prefix.
 */
public final class CellText {

    private CellText() {
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text a CSV export writes: prefixed with {@code '} when it looks like a formula, unchanged otherwise. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
