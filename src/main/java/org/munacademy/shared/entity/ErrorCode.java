package org.munacademy.shared.entity;

/**
 * One kind of expected failure: the stable code API clients see in a problem response ({@link #name()}), the HTTP
 * status that describes it and the key of the text a user reads. Each context lists its codes in one enum
 * ({@code SharedError}, {@code IdentityError}, {@code CompetencyError}, {@code AssessmentError}, ...); a throw site
 * names a constant, never a string. The text lives in the context's error bundle
 * ({@code i18n/errors-<context>_ru.properties} and {@code _en}) under {@link #key()}, with {@code {0}}, {@code {1}}...
 * for the arguments the exception carries; a unit test checks that every code has its text in both languages.
 */
public interface ErrorCode {

    /** The stable, upper-case code, e.g. {@code PERSON_NOT_FOUND} (an enum constant's name). */
    String name();

    /** The HTTP status that best describes the failure. */
    int status();

    /** The context that owns the code and its bundle: {@code shared}, {@code identity}, {@code competency}... */
    String context();

    /** The bundle key of the text a user reads: {@code error.<context>.<NAME>}. */
    default String key() {
        return "error." + context() + "." + name();
    }

    /** The base name of the bundle that holds the text: {@code i18n/errors-<context>}. */
    default String bundle() {
        return "i18n/errors-" + context();
    }
}
