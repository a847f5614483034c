package org.munacademy.assessment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.shared.entity.InvalidInputException.Violation;

/**
 * Scores a response to a question (0…1), tells well-formed responses from garbage, and lists what is wrong with a
 * question before it is published. Weights are in per cent (see {@link ItemContent}).
 */
public final class Scoring {

    /** Slack for a numeric answer at the edge of its tolerance (decimal values are not exact in binary). */
    static final double EPSILON = 1e-9;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014]");
    private static final String QUOTES = "«»\"'“”„";
    private static final String SPACE = "[ \\u00A0\\u2009\\u202F]";
    private static final Pattern NUMBER = Pattern.compile(
            "[+\\-\\u2212]?(?:\\d{1,3}(?:" + SPACE + "\\d{3})+|\\d+)?(?:[.,]\\d+)?");

    private Scoring() {
    }

    /**
     * The score of a response, from 0 to 1. A null or empty response scores 0; indexes out of range are ignored,
     * repeated indexes count once; nothing throws for a malformed response.
     * <ul>
     * <li>SINGLE_CHOICE, TRUE_FALSE: the chosen option's weight / 100, 0 when negative or more than one option is
     * chosen.</li>
     * <li>MULTIPLE_CHOICE: the sum of the chosen options' weights / 100, clipped to 0…1.</li>
     * <li>SHORT_TEXT: the best weight / 100 among accepted answers equal to the response after
     * {@link #normalise(String)} (so regardless of case, unless the answer is marked case-sensitive), {@code *} in an
     * accepted answer standing for any text.</li>
     * <li>NUMERIC: the best weight / 100 among options within their tolerance of {@link #parseNumber(String)};
     * 0 when unparsable.</li>
     * <li>MATCHING: the share of left items matched with their own right item (distractors have none), less the
     * penalties of left items matched wrong, clipped to 0…1.</li>
     * <li>ORDERING: the share of positions holding the right sequence item.</li>
     * </ul>
     */
    public static double score(ItemContent item, Response response) {
        Objects.requireNonNull(item, "item");
        if (response == null || response.isEmpty()) {
            return 0;
        }
        return switch (item.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                Set<Integer> chosen = chosen(item, response);
                yield chosen.size() == 1 ? clip(item.options().get(chosen.iterator().next()).weight() / 100) : 0;
            }
            case MULTIPLE_CHOICE -> clip(chosen(item, response).stream()
                    .mapToDouble(i -> item.options().get(i).weight() / 100).sum());
            case SHORT_TEXT -> shortText(item, response.text());
            case NUMERIC -> numeric(item, response.text());
            case MATCHING -> matched(item, response.order());
            case ORDERING -> share(response.order(), item.sequence().size());
            case ESSAY -> 0; // graded by a person: see essayScore
        };
    }

    /**
     * An essay's score from its grader's points per rubric criterion: their sum over the rubric's maximum, 0…1.
     *
     * @throws IllegalArgumentException when the points do not match the rubric (one per criterion)
     */
    public static double essayScore(ItemContent.Essay essay, List<Double> points) {
        if (points.size() != essay.rubric().size()) {
            throw new IllegalArgumentException("one mark per criterion expected: " + essay.rubric().size());
        }
        double max = essay.maxPoints();
        return max <= 0 ? 0 : clip(points.stream().mapToDouble(Double::doubleValue).sum() / max);
    }

    /**
     * What is wrong with a grader's points for an essay, as problems of the field {@code points}: one mark per
     * criterion, each from 0 to the criterion's maximum (the problem names the criterion and its maximum).
     */
    public static List<Violation> checkPoints(ItemContent.Essay essay, List<Double> points) {
        List<Violation> problems = new ArrayList<>();
        if (points == null || points.size() != essay.rubric().size()) {
            problems.add(new Violation("points", AssessmentError.ESSAY_POINTS_COUNT, essay.rubric().size()));
            return problems;
        }
        for (int i = 0; i < points.size(); i++) {
            ItemContent.Criterion c = essay.rubric().get(i);
            Double p = points.get(i);
            if (p == null || !(p >= 0 && p <= c.maxPoints() + EPSILON)) {
                problems.add(new Violation("points", AssessmentError.ESSAY_POINTS_RANGE, c.name(),
                        number(c.maxPoints()), p == null ? "—" : number(p)));
            }
        }
        return problems;
    }

    /**
     * Whether a response is well formed for the question, to refuse garbage from API clients. An empty response
     * (nothing answered yet) is well formed; null is not. Fields the type does not use must be empty.
     * <ul>
     * <li>Choices: distinct option indexes in range, at most one for SINGLE_CHOICE and TRUE_FALSE.</li>
     * <li>SHORT_TEXT, NUMERIC: any text (an unparsable number is a wrong answer, not garbage).</li>
     * <li>MATCHING: no order, or one entry per left item: a pair index in range (a distractor's too), or -1 for
 * none.</li>
     * <li>ORDERING: no order, or a permutation of the sequence indexes.</li>
     * </ul>
     */
    public static boolean isValid(ItemContent item, Response response) {
        Objects.requireNonNull(item, "item");
        if (response == null) {
            return false;
        }
        boolean noText = response.text() == null || response.text().isEmpty();
        return switch (item.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> noText && response.order().isEmpty()
                    && (item.type() == QuestionType.MULTIPLE_CHOICE || response.choices().size() <= 1)
                    && distinctInRange(response.choices(), item.options().size());
            case SHORT_TEXT, NUMERIC, ESSAY -> response.choices().isEmpty() && response.order().isEmpty();
            case MATCHING -> noText && response.choices().isEmpty()
                    && matching(response.order(), item.lefts(), item.pairs().size());
            case ORDERING -> noText && response.choices().isEmpty() && (response.order().isEmpty()
                    || response.order().size() == item.sequence().size()
                    && distinctInRange(response.order(), item.sequence().size()));
        };
    }

    /**
     * What is wrong with a question (field {@code content}, a code per problem, shown to methodologists in their
     * language); an empty list means it can be published.
     * Checks the stem, the options the type needs, the key (a 100 % option, weights summing to 100, accepted
     * answers, numbers and tolerances), matching pairs and ordering items, and that weights lie in −100…100.
     */
    public static List<Violation> check(ItemContent item) {
        Objects.requireNonNull(item, "item");
        List<Violation> problems = new ArrayList<>();
        if (item.stem().isBlank()) {
            problems.add(problem(AssessmentError.STEM_EMPTY));
        }
        List<Option> options = item.options();
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (options.isEmpty()) {
                    problems.add(problem(AssessmentError.NO_OPTIONS));
                } else if (options.size() < 2) {
                    problems.add(problem(AssessmentError.FEWER_THAN_TWO_OPTIONS));
                }
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).text().isBlank()) {
                        problems.add(problem(AssessmentError.OPTION_WITHOUT_TEXT, i + 1));
                    }
                }
                if (!options.isEmpty() && item.type() == QuestionType.SINGLE_CHOICE
                        && options.stream().noneMatch(o -> Math.abs(o.weight() - 100) <= 0.01)) {
                    problems.add(problem(AssessmentError.NO_CORRECT_OPTION));
                }
                double positive = options.stream().mapToDouble(Option::weight).filter(w -> w > 0).sum();
                if (!options.isEmpty() && item.type() == QuestionType.MULTIPLE_CHOICE
                        && Math.abs(positive - 100) > 0.01) {
                    problems.add(problem(AssessmentError.WEIGHTS_NOT_100, number(positive)));
                }
            }
            case TRUE_FALSE -> {
                if (options.size() != 2 || !ItemContent.TRUE_TEXT.equals(options.get(0).text())
                        || !ItemContent.FALSE_TEXT.equals(options.get(1).text())) {
                    problems.add(problem(AssessmentError.TRUE_FALSE_OPTIONS, ItemContent.TRUE_TEXT,
                            ItemContent.FALSE_TEXT));
                } else if (!(options.get(0).weight() == 100 && options.get(1).weight() == 0
                        || options.get(0).weight() == 0 && options.get(1).weight() == 100)) {
                    problems.add(problem(AssessmentError.TRUE_FALSE_WEIGHTS, ItemContent.TRUE_TEXT,
                            ItemContent.FALSE_TEXT));
                }
            }
            case SHORT_TEXT -> {
                if (options.stream().noneMatch(o -> !normalise(o.text()).isEmpty() && o.weight() > 0)) {
                    problems.add(problem(AssessmentError.NO_ACCEPTED_ANSWER));
                }
            }
            case NUMERIC -> {
                if (options.stream().allMatch(ItemContent::otherAnswer)) {
                    problems.add(problem(AssessmentError.NO_NUMBER));
                }
                for (int i = 0; i < options.size(); i++) {
                    Option o = options.get(i);
                    if (ItemContent.otherAnswer(o) && options.indexOf(o) == i) {
                        continue;
                    }
                    if (o.value() == null || !Double.isFinite(o.value())) {
                        problems.add(problem(AssessmentError.ANSWER_WITHOUT_NUMBER, i + 1));
                    }
                    if (o.tolerance() != null && (o.tolerance() < 0 || o.tolerance().isNaN())) {
                        problems.add(problem(AssessmentError.NEGATIVE_TOLERANCE, i + 1, number(o.tolerance())));
                    }
                }
            }
            case MATCHING -> {
                if (item.lefts() < 2) {
                    problems.add(problem(AssessmentError.FEWER_THAN_TWO_PAIRS));
                }
                for (int i = 0; i < item.pairs().size(); i++) {
                    Pair p = item.pairs().get(i);
                    if (p.right() == null || p.right().isBlank()) {
                        problems.add(problem(AssessmentError.PAIR_EMPTY, i + 1));
                    }
                }
                double pairWeights = item.pairs().stream().filter(p -> !p.distractor() && p.weight() != null)
                        .mapToDouble(Pair::weight).sum();
                if (item.pairs().stream().anyMatch(p -> p.weight() != null) && Math.abs(pairWeights - 100) > 0.01) {
                    problems.add(problem(AssessmentError.PAIR_WEIGHTS_NOT_100, number(pairWeights)));
                }
                for (int i = 0; i < item.pairs().size(); i++) {
                    Double penalty = item.pairs().get(i).penalty();
                    if (penalty != null && !(penalty >= -100 && penalty <= 0)) {
                        problems.add(problem(AssessmentError.PAIR_PENALTY_RANGE, i + 1, number(penalty)));
                    }
                }
                // several left items may share a right item; a distractor repeating a right item is ambiguous
                duplicates(distinctRightsThenDistractors(item))
                        .forEach(d -> problems.add(problem(AssessmentError.PAIR_RIGHT_REPEATED, d)));
            }
            case ORDERING -> {
                if (item.sequence().size() < 2) {
                    problems.add(problem(AssessmentError.FEWER_THAN_TWO_ITEMS));
                }
                if (item.sequence().stream().anyMatch(s -> s == null || s.isBlank())) {
                    problems.add(problem(AssessmentError.SEQUENCE_ITEM_EMPTY));
                }
                duplicates(item.sequence())
                        .forEach(d -> problems.add(problem(AssessmentError.SEQUENCE_ITEM_REPEATED, d)));
            }
            case ESSAY -> checkEssay(item.essay(), problems);
        }
        for (int i = 0; i < options.size(); i++) {
            double w = options.get(i).weight();
            if (!(w >= -100 && w <= 100)) {
                problems.add(problem(AssessmentError.WEIGHT_OUT_OF_RANGE, i + 1, number(w)));
            }
        }
        return List.copyOf(problems);
    }

    /** A rubric of at least one named criterion, each worth more than 0 points; limits positive, min ≤ max. */
    private static void checkEssay(ItemContent.Essay essay, List<Violation> problems) {
        if (essay.rubric().isEmpty()) {
            problems.add(problem(AssessmentError.ESSAY_NO_RUBRIC));
        }
        for (int i = 0; i < essay.rubric().size(); i++) {
            ItemContent.Criterion c = essay.rubric().get(i);
            if (c.name().isBlank()) {
                problems.add(problem(AssessmentError.ESSAY_CRITERION_NAME, i + 1));
            }
            if (!(c.maxPoints() > 0 && c.maxPoints() <= 100)) {
                problems.add(problem(AssessmentError.ESSAY_CRITERION_MAX, i + 1, number(c.maxPoints())));
            }
        }
        Integer min = essay.minLength();
        Integer max = essay.maxLength();
        if (min != null && min < 0 || max != null && max < 1 || min != null && max != null && min > max
                || max != null && max > ItemContent.ESSAY_MAX_CHARACTERS) {
            problems.add(problem(AssessmentError.ESSAY_LIMITS, min == null ? "—" : min, max == null ? "—" : max,
                    ItemContent.ESSAY_MAX_CHARACTERS));
        }
    }

    private static Violation problem(AssessmentError code, Object... args) {
        return new Violation("content", code, args);
    }

    /**
     * A text answer as compared: trimmed, inner whitespace collapsed to one space, lower case (Locale.ROOT),
     * ё → е, dashes (‐ ‑ ‒ – —) → "-", surrounding quotes (« » " ' “ ” „) and final periods removed. Null → "".
     */
    public static String normalise(String text) {
        return normalise(text, false);
    }

    /** Like {@link #normalise(String)}, keeping the case when {@code caseSensitive} (ё is kept apart from е then). */
    static String normalise(String text, boolean caseSensitive) {
        if (text == null) {
            return "";
        }
        String s = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (!caseSensitive) {
            s = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
        s = DASHES.matcher(s).replaceAll("-");
        String before;
        do {
            before = s;
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.length() >= 2 && QUOTES.indexOf(s.charAt(0)) >= 0 && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(1, s.length() - 1);
            }
            s = s.strip();
        } while (!s.equals(before));
        return s;
    }

    /**
     * A typed number: optional leading + or minus (- or the Unicode minus −), comma or dot as decimal separator,
     * spaces (also no-break and thin) between groups of three digits; surrounding whitespace is ignored.
     *
     * @return the value, or null when the text is no such number
     */
    public static Double parseNumber(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || !NUMBER.matcher(s).matches() || s.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        s = s.replaceAll(SPACE, "").replace(',', '.').replace('\u2212', '-');
        try {
            double value = Double.parseDouble(s);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number for Russian messages: at most four decimals, no trailing zeros, decimal comma. */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',');
    }

    /** The distinct option indexes in range, in the order given. */
    private static Set<Integer> chosen(ItemContent item, Response response) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (Integer i : response.choices()) {
            if (i != null && i >= 0 && i < item.options().size()) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private static double shortText(ItemContent item, String text) {
        String answer = normalise(text);
        if (answer.isEmpty()) {
            return 0;
        }
        String exact = normalise(text, true);
        return clip(item.options().stream()
                .filter(o -> o.caseSensitive() ? accepts(normalise(o.text(), true), exact)
                        : accepts(normalise(o.text()), answer))
                .mapToDouble(o -> o.weight() / 100).max().orElse(0));
    }

    /**
     * Whether a normalised answer is a normalised accepted one: equal, or, as in Moodle, matched by its {@code *}
     * wildcards (any text, also none); {@code \*} is an asterisk itself.
     */
    static boolean accepts(String accepted, String answer) {
        if (accepted.indexOf('*') < 0) {
            return accepted.equals(answer);
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < accepted.length(); i++) {
            char ch = accepted.charAt(i);
            if (ch == '\\' && i + 1 < accepted.length() && accepted.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (ch == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(ch);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(answer).matches();
    }

    private static double numeric(ItemContent item, String text) {
        Double x = parseNumber(text);
        if (x == null) {
            return 0;
        }
        return clip(item.options().stream()
                .filter(o -> o.value() != null)
                .filter(o -> Math.abs(x - o.value()) <= (o.tolerance() == null ? 0 : o.tolerance()) + EPSILON)
                .mapToDouble(o -> o.weight() / 100).max().orElse(0));
    }

    /**
     * The matching score: a left item is matched right when its chosen pair has its own right text (so a right item
     * shared by several left items is right for each of them); each earns its pair's weight when the pairs carry
     * weights, else an equal share; a left item matched wrong adds its pair's penalty (negative), if any, as QTI's
     * {@code map_response} sums a mapping; the sum is clipped to 0…1 (QTI's lowerBound 0, upperBound the maximum).
     */
    private static double matched(ItemContent item, List<Integer> order) {
        int lefts = item.lefts();
        if (lefts == 0) {
            return 0;
        }
        boolean weighted = item.pairs().stream().limit(lefts).anyMatch(p -> p.weight() != null);
        double score = 0;
        for (int i = 0; i < Math.min(lefts, order.size()); i++) {
            Integer at = order.get(i);
            if (at == null || at < 0 || at >= item.pairs().size()) {
                continue; // not answered: neither earns nor loses
            }
            if (!(at == i || Objects.equals(item.pairs().get(at).right(), item.pairs().get(i).right()))) {
                Double penalty = item.pairs().get(i).penalty();
                score += penalty == null ? 0 : penalty / 100;
                continue;
            }
            Double w = item.pairs().get(i).weight();
            score += weighted ? (w == null ? 0 : w / 100) : 1.0 / lefts;
        }
        return clip(score);
    }

    /** The share of positions {@code i < n} where {@code order.get(i) == i}. */
    private static double share(List<Integer> order, int n) {
        if (n == 0) {
            return 0;
        }
        int right = 0;
        for (int i = 0; i < Math.min(n, order.size()); i++) {
            Integer at = order.get(i);
            if (at != null && at == i) {
                right++;
            }
        }
        return (double) right / n;
    }

    private static double clip(double score) {
        return score > 0 ? Math.min(score, 1) : 0; // also NaN → 0
    }

    private static boolean distinctInRange(List<Integer> indexes, int size) {
        Set<Integer> seen = new HashSet<>();
        return indexes.stream().allMatch(i -> i != null && i >= 0 && i < size && seen.add(i));
    }

    private static boolean matching(List<Integer> order, int lefts, int pairs) {
        return order.isEmpty() || order.size() == lefts
                && order.stream().allMatch(i -> i == null || i >= -1 && i < pairs);
    }

    /** The right texts of the left items, each once as written, then the distractors' ones. */
    private static List<String> distinctRightsThenDistractors(ItemContent item) {
        List<String> rights = new ArrayList<>(new LinkedHashSet<>(
                item.pairs().stream().filter(p -> !p.distractor()).map(Pair::right).toList()));
        item.pairs().stream().filter(Pair::distractor).map(Pair::right).forEach(rights::add);
        return rights;
    }

    /** The texts that occur more than once after normalisation, each once, as first written. */
    private static List<String> duplicates(List<String> texts) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String t : texts) {
            String n = normalise(t);
            if (!n.isEmpty() && !seen.add(n) && reported.add(n)) {
                duplicates.add(t.strip());
            }
        }
        return duplicates;
    }
}
