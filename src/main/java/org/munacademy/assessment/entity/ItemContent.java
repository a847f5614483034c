package org.munacademy.assessment.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import java.util.Objects;

/**
 * What a question says and how it is scored, independent of storage and exchange format.
 * <ul>
 * <li>SINGLE_CHOICE, MULTIPLE_CHOICE: {@code options} with text, weight in per cent (−100…100) and feedback.</li>
 * <li>TRUE_FALSE: exactly two options, «Верно» then «Неверно»; the right one weighs 100, the other 0.</li>
 * <li>SHORT_TEXT: {@code options} are the accepted answers (weight 100 or partial), compared normalised; an
 * option marked {@code caseSensitive} (QTI's {@code mapEntry caseSensitive="true"}) is compared with its case.</li>
 * <li>NUMERIC: {@code options} carry {@code value} and {@code tolerance} (absolute) with weight and feedback; an
 * option with the text {@link #OTHER_ANSWER}, no value and weight 0 (at most one) carries the feedback for any other
 * answer.</li>
 * <li>MATCHING: {@code pairs}, left to right, in the right correspondence; a pair with an empty left side is a
 * distractor (a right item that belongs to no left one), kept after the others. Several left items may share a
 * right item (the same right text, QTI's {@code matchMax > 1}); it is presented once. A pair may carry a weight in
 * per cent (QTI's per-pair {@code mapping}): then a left item matched right earns its pair's weight instead of an
 * equal share; a pair's {@code penalty} (negative) is added for a wrong match of its left item.</li>
 * <li>ORDERING: {@code sequence}, the items in the right order.</li>
 * <li>ESSAY: {@code essay}: the response template, the length limits and the rubric with the grader's note; null
 * for every other type.</li>
 * </ul>
 * Lists that a type does not use are empty, never null. Texts are plain text.
 */
public record ItemContent(QuestionType type, String stem, List<Option> options, List<Pair> pairs,
        List<String> sequence, String generalFeedback, Essay essay) {

    /** A question of any type but ESSAY. */
    public ItemContent(QuestionType type, String stem, List<Option> options, List<Pair> pairs, List<String> sequence,
            String generalFeedback) {
        this(type, stem, options, pairs, sequence, generalFeedback, null);
    }

    /** An essay question. */
    public static ItemContent essay(String stem, Essay essay, String generalFeedback) {
        return new ItemContent(QuestionType.ESSAY, stem, null, null, null, generalFeedback,
                essay == null ? Essay.simple(1) : essay);
    }

    /** The constructor JSON-B reads with (a record with a second constructor needs to be told). */
    @JsonbCreator
    public ItemContent {
        Objects.requireNonNull(type, "type");
        stem = stem == null ? "" : stem;
        options = options == null ? List.of() : List.copyOf(options);
        pairs = pairs == null ? List.of() : java.util.stream.Stream.concat(
                pairs.stream().filter(p -> !p.distractor()), pairs.stream().filter(Pair::distractor)).toList();
        sequence = sequence == null ? List.of() : List.copyOf(sequence);
        generalFeedback = generalFeedback == null || generalFeedback.isBlank() ? null : generalFeedback;
        essay = type != QuestionType.ESSAY ? null : essay == null ? Essay.simple(1) : essay;
    }

    /**
     * What an essay question asks beyond its stem: an optional response template the answer field starts with,
     * optional minimum and maximum length (in words or characters; the maximum is enforced on saving, the minimum
     * is shown as guidance), the rubric (criteria with maximum points; a single maximum score is a rubric of one
     * criterion) and the grader's note (a model answer, shown to graders only).
     */
    public record Essay(String template, LengthUnit unit, Integer minLength, Integer maxLength, List<Criterion> rubric,
            String graderNote) {

        public Essay {
            template = template == null || template.isBlank() ? null : template;
            unit = unit == null ? LengthUnit.WORDS : unit;
            rubric = rubric == null ? List.of() : List.copyOf(rubric);
            graderNote = graderNote == null || graderNote.isBlank() ? null : graderNote;
        }

        /** An essay without template or limits, graded by a single score from 0 to {@code maxPoints}. */
        public static Essay simple(double maxPoints) {
            return new Essay(null, LengthUnit.WORDS, null, null, List.of(new Criterion("Оценка", maxPoints)), null);
        }

        /** The most points the rubric gives. */
        public double maxPoints() {
            return rubric.stream().mapToDouble(Criterion::maxPoints).sum();
        }

        /** The length of a text in this essay's unit: words (runs of letters or digits) or characters. */
        public int length(String text) {
            if (text == null || text.isBlank()) {
                return 0;
            }
            return unit == LengthUnit.CHARACTERS ? text.strip().codePointCount(0, text.strip().length())
                    : (int) java.util.Arrays.stream(text.strip().split("[^\\p{L}\\p{N}]+"))
                            .filter(w -> !w.isEmpty()).count();
        }
    }

    /** What an essay's length limits count. */
    public enum LengthUnit {
        WORDS, CHARACTERS
    }

    /** A rubric criterion: what the grader judges and the most points it gives. */
    public record Criterion(String name, double maxPoints) {
        public Criterion {
            name = name == null ? "" : name.strip();
        }
    }

    /** An option of a choice, true/false, short-text or numeric question. */
    public record Option(String text, double weight, Double value, Double tolerance, String feedback,
            boolean caseSensitive) {
        /** The constructor JSON-B reads with (there is a second one); a missing caseSensitive is false. */
        @JsonbCreator
        public Option {
            text = text == null ? "" : text;
            feedback = feedback == null || feedback.isBlank() ? null : feedback;
        }

        public Option(String text, double weight, Double value, Double tolerance, String feedback) {
            this(text, weight, value, tolerance, feedback, false);
        }

        /** An accepted short answer compared with its case. */
        public static Option caseSensitive(String text, double weight, String feedback) {
            return new Option(text, weight, null, null, feedback, true);
        }

        public static Option choice(String text, double weight, String feedback) {
            return new Option(text, weight, null, null, feedback);
        }

        public static Option number(double value, double tolerance, double weight, String feedback) {
            return new Option("", weight, value, tolerance, feedback);
        }
    }

    /**
     * A left item and the right item it belongs with; with an empty left side, a distractor. {@code penalty}, when
     * not null, is what matching this left item with a wrong right item earns, in per cent (−100…0: QTI's negative
     * mapped value or negative {@code defaultValue} for wrong pairs).
     */
    public record Pair(String left, String right, Double weight, Double penalty) {

        /** The constructor JSON-B reads with (there are others); a missing weight or penalty is null. */
        @JsonbCreator
        public Pair {
        }

        public Pair(String left, String right, Double weight) {
            this(left, right, weight, null);
        }

        public Pair(String left, String right) {
            this(left, right, null, null);
        }

        /** Whether this is a right item that matches no left item. */
        public boolean distractor() {
            return left == null || left.isBlank();
        }
    }

    /** The number of left items of a matching question: the pairs before the distractors. */
    public int lefts() {
        return (int) pairs.stream().filter(p -> !p.distractor()).count();
    }

    /** The longest essay answer the platform stores, in characters (whatever the question's own limit). */
    public static final int ESSAY_MAX_CHARACTERS = 20_000;

    public static final String TRUE_TEXT = "Верно";
    public static final String FALSE_TEXT = "Неверно";
    /** The text of the numeric option that stands for any other answer (Moodle's "*"). */
    public static final String OTHER_ANSWER = "*";

    /** Whether an option is the numeric "any other answer" one (no value, weight 0, text {@link #OTHER_ANSWER}). */
    public static boolean otherAnswer(Option o) {
        return o.value() == null && OTHER_ANSWER.equals(o.text()) && o.weight() == 0;
    }
}
