package org.munacademy.shared.entity;

import java.util.Arrays;
import java.util.List;

/**
 * An expected business failure: it rolls the transaction back (it is unchecked, and
 * {@code jakarta.transaction.Transactional} rolls back on unchecked exceptions) and carries an {@link ErrorCode}
 * (the stable code API clients see, the HTTP status, the key of the user's text) with the text's arguments. The
 * exception's own message is for developers (the code and the arguments, in the log); what a user reads comes from
 * the bundles, in their language, through {@link #text(Texts)}.
 */
public class BusinessException extends RuntimeException {

    private final ErrorCode code;
    private final Object[] args;

    public BusinessException(ErrorCode code, Object... args) {
        super(developerMessage(code, args));
        this.code = code;
        this.args = args.clone();
    }

    /** The code: stable for API clients ({@code code().name()}), with its status and text key. */
    public ErrorCode code() {
        return code;
    }

    /** The HTTP status that best describes the failure. */
    public int status() {
        return code.status();
    }

    /** The arguments of the user's text, in order ({@code {0}}, {@code {1}}...). */
    public Object[] args() {
        return args.clone();
    }

    /** The text a user reads, in the language {@code texts} speaks. */
    public String text(Texts texts) {
        return texts.render(code.key(), args);
    }

    /**
     * Every single problem behind the failure (each invalid field, each faulty row or item of a refused import),
     * in the language {@code texts} speaks, for the problem response's {@code errors}; empty by default.
     */
    public List<InvalidInputException.FieldError> details(Texts texts) {
        return List.of();
    }

    static String developerMessage(ErrorCode code, Object... args) {
        return code.context() + "." + code.name() + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
}
