package org.munacademy.shared.entity;

/** The places every import can name. Texts: {@code i18n/errors-shared_*.properties}, keys {@code error.shared.at.*}. */
public enum SharedPlace implements Place {
    /** The file as a whole. */
    FILE("file"),
    /** A line of a text file (CSV, GIFT): argument the line number. */
    LINE("line"),
    /** A row of a table (CSV line or sheet row): argument its number. */
    ROW("row"),
    /** A place inside a named file (content read at start-up): arguments the file's name and the place. */
    IN_FILE("");

    private final String word;

    SharedPlace(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String context() {
        return "shared";
    }
}
