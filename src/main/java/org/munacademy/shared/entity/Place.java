package org.munacademy.shared.entity;

/**
 * A kind of place in an imported file or an edited document — a line of a CSV file, a sheet row, a CASE item, a
 * QTI item, a level of a scale — that a {@link Location} names with its arguments (the number, the identifier).
 * Each context lists its kinds in one enum ({@code SharedPlace}, {@code CompetencyPlace}, ...), like its
 * {@link ErrorCode}s. Two forms: {@link #word()} is the stable English word API clients see in a problem's
 * {@code errors[].field} ("line 12"), never translated; the text a user reads ("строка 12") lives in the context's
 * error bundle under {@link #key()}.
 */
public interface Place {

    /** The constant's name, e.g. {@code LINE}. */
    String name();

    /** The context that owns the kind and its bundle: {@code shared}, {@code competency}... */
    String context();

    /** The stable word before the arguments in the machine form ("line", "CFItem"); may be empty. */
    String word();

    /**
     * How many leading arguments identify the place in the machine form; the others only describe it in the text
     * a user reads (a question's title beside its line). All of them unless a kind says otherwise.
     */
    default int identifying() {
        return Integer.MAX_VALUE;
    }

    /** The bundle key of the text a user reads: {@code error.<context>.at.<NAME>}. */
    default String key() {
        return "error." + context() + ".at." + name();
    }
}
