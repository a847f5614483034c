package org.munacademy.shared.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.InvalidInputException.Violation;

/**
 * An import was refused as a whole (nothing is stored): every problem found is listed with where it is (a CSV
 * line number or a CASE item) and what is wrong.
 */
public class ImportRejectedException extends BusinessException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(SharedError.IMPORT_REJECTED, errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** All errors, none left out, in the language {@code texts} speaks where they have a code. */
    @Override
    public List<FieldError> details(Texts texts) {
        return errors.stream().map(e -> new FieldError(e.location(), e.text(texts))).toList();
    }

    /**
     * Where an import error is ("line 12", "CFItem 5b1f…") and what is wrong: the parser's own text, or an
     * {@link ErrorCode} with its arguments (then {@code message} is the developer's form and {@link #text} the user's).
     */
    public record ImportError(String location, String message, ErrorCode code, List<Object> args) {

        public ImportError {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }

        public ImportError(String location, String message) {
            this(location, message, null, List.of());
        }

        /** An error named by a code of the kernel or a context (a malformed JSON document, say). */
        public static ImportError of(String location, Violation v) {
            return new ImportError(location, v.toString(), v.code(), Arrays.asList(v.args()));
        }

        /** The text a user reads, in the language {@code texts} speaks. */
        public String text(Texts texts) {
            return code == null ? message : texts.text(code.key(), args.toArray());
        }
    }
}
