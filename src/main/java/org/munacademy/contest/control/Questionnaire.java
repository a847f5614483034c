package org.munacademy.contest.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.munacademy.contest.entity.FieldProblem;
import org.munacademy.contest.entity.FieldProblemKind;
import org.munacademy.contest.entity.FieldType;
import org.munacademy.contest.entity.QuestionField;

/**
 * Checks a candidate's answers against a nomination's questionnaire and lists every problem (none if the answers
 * may be saved).
 * <p>
 * Answers are text by field code. A blank answer counts as none: a problem only for a required field. The maximum
 * length counts characters (code points) of the answer as given, for every type. A number is written with digits,
 * an optional minus and an optional decimal point or comma ({@code 3,5} is read as 3.5 — Russian keyboards); no
 * exponent, no spaces inside; the range is inclusive. A date is {@code yyyy-MM-dd} and must exist (no 30 February).
 * A choice must be one of the choices exactly. A file field is answered by an attachment uploaded to the application
 * once it exists (its type checked by content then, see {@link AttachmentRules}): it is never required here, and a
 * text given for it is checked only for length. Answers to codes the questionnaire does not have are problems too.
 * <p>
 * Problems come in the order of the fields, then unknown codes in alphabetical order. An answer has at most a
 * length problem and one problem of its type (not a number, or out of range, …).
 */
public final class Questionnaire {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Questionnaire() {
    }

    /** Every problem of the answers; {@code answers} may be {@code null} (nothing answered). */
    public static List<FieldProblem> validate(List<QuestionField> fields, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (QuestionField field : fields) {
            known.add(field.code());
            String answer = given.get(field.code());
            if (answer == null || answer.isBlank()) {
                if (field.required() && field.type() != FieldType.FILE) {
                    problems.add(problem(field, FieldProblemKind.REQUIRED_MISSING));
                }
                continue;
            }
            int length = answer.codePointCount(0, answer.length());
            if (field.maxLength() != null && length > field.maxLength()) {
                problems.add(problem(field, FieldProblemKind.TOO_LONG, field.maxLength(), length));
            }
            String value = answer.strip();
            switch (field.type()) {
                case NUMBER -> number(field, value, problems);
                case DATE -> date(field, value, problems);
                case CHOICE -> {
                    if (!field.choices().contains(value)) {
                        problems.add(problem(field, FieldProblemKind.NOT_A_CHOICE, value));
                    }
                }
                case TEXT, LONG_TEXT, FILE -> {
                    // free text and file references: length and presence only
                }
            }
        }
        for (String code : new TreeSet<>(given.keySet())) {
            if (!known.contains(code)) {
                problems.add(new FieldProblem(code, FieldProblemKind.UNKNOWN_FIELD, List.of()));
            }
        }
        return problems;
    }

    private static void number(QuestionField field, String value, List<FieldProblem> problems) {
        if (!NUMBER.matcher(value).matches()) {
            problems.add(problem(field, FieldProblemKind.NOT_A_NUMBER, value));
            return;
        }
        BigDecimal number = new BigDecimal(value.replace(',', '.'));
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            problems.add(problem(field, FieldProblemKind.BELOW_MIN, value, field.min().toPlainString()));
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            problems.add(problem(field, FieldProblemKind.ABOVE_MAX, value, field.max().toPlainString()));
        }
    }

    private static void date(QuestionField field, String value, List<FieldProblem> problems) {
        boolean ok = DATE.matcher(value).matches();
        if (ok) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                ok = false;
            }
        }
        if (!ok) {
            problems.add(problem(field, FieldProblemKind.NOT_A_DATE, value));
        }
    }

    private static FieldProblem problem(QuestionField field, FieldProblemKind kind, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        return new FieldProblem(field.code(), kind, texts);
    }
}
