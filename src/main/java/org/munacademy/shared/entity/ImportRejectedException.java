package org.munacademy.shared.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.InvalidInputException.Violation;

/**
 * An import was refused as a whole (nothing is stored): every problem found is listed with where it is (a CSV
 * line, a sheet row, a CASE or QTI item) and what is wrong, each as an {@link ErrorCode} with its arguments, so that
 * the user reads both in their language and API clients get stable codes.
 */
public class ImportRejectedException extends BusinessException {

    /** How many errors the developer's message (the log) lists; the problem response lists all. */
    private static final int LOGGED = 20;

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(SharedError.IMPORT_REJECTED, errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    /**
     * All errors, none left out, in the language {@code texts} speaks: {@code field} is the location's machine form
     * ("line 12"), {@code location} the same place as a user reads it ("строка 12"), {@code code} the problem's code.
     */
    @Override
    public List<FieldError> details(Texts texts) {
        return errors.stream().map(e -> new FieldError(e.location().field(), e.text(texts), e.code().name(),
                e.location().text(texts))).toList();
    }

    /** For developers (the log): the code and the first errors in their machine form. */
    @Override
    public String getMessage() {
        List<String> shown = errors.stream().limit(LOGGED).map(ImportError::toString).toList();
        return super.getMessage() + " " + shown + (errors.size() > LOGGED ? " …" : "");
    }

    /**
     * One problem of an import: where it is and the {@link ErrorCode} of what is wrong there, with the arguments of
     * its text (the value found, the limits, the line it repeats...). Arguments may be {@link Translatable} (another
     * location, a field's name): they are rendered in the same language.
     */
    public record ImportError(Location location, ErrorCode code, List<Object> args) {

        public ImportError {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }

        public static ImportError of(Location location, ErrorCode code, Object... args) {
            return new ImportError(location, code, Arrays.asList(args));
        }

        /** A field-level problem (a malformed JSON document, a question's content) found at a place. */
        public static ImportError of(Location location, Violation v) {
            return new ImportError(location, v.code(), Arrays.asList(v.args()));
        }

        /** The text a user reads, in the language {@code texts} speaks. */
        public String text(Texts texts) {
            return texts.render(code.key(), args.toArray());
        }

        /** For developers: "line 12: CSV_KIND_UNKNOWN[SKILL, ...]". */
        @Override
        public String toString() {
            return location.field() + ": " + code.name() + args;
        }
    }
}
