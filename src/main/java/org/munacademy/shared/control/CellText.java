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

    /**
     * The text a CSV export neutralised, as it was: an apostrophe followed by what looks like a formula loses the
     * apostrophe (an import reading our own export gets the original back); anything else is unchanged.
     */
    public static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1))
                ? text.substring(1) : text;
    }
}
