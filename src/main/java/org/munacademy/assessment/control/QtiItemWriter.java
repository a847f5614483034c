package org.munacademy.assessment.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.control.QtiXml.El;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.shared.entity.FileRefs;

/** One {@link BankItem} as a QTI 2.1 {@code assessmentItem}; the mapping is described on {@link QtiPackage}. */
final class QtiItemWriter {

    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String SCHEMA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";
    static final String MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";
    private static final String RESPONSE = "RESPONSE";
    private static final String SCORE = "SCORE";
    private static final String FEEDBACK = "FEEDBACK";

    /** What the type-specific part contributes to the item. */
    private static final class Parts {
        El declaration;
        El interaction;
        boolean inline;
        El processing;
        String feedbackCardinality;
        final List<El> feedbacks = new ArrayList<>();
    }

    private QtiItemWriter() {
    }

    static String write(BankItem item, String identifier) {
        return write(item, identifier, Map.of());
    }

    /**
     * The item; a file reference in a text whose address {@code media} maps to a path (relative to the item file)
     * is written as an {@code img}, any other stays text.
     */
    static String write(BankItem item, String identifier, Map<String, String> media) {
        ItemContent c = item.content();
        Parts parts = switch (c.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> choice(c, media);
            case SHORT_TEXT -> shortText(c, media);
            case NUMERIC -> numeric(c, media);
            case ORDERING -> ordering(c, media);
            case MATCHING -> matching(c, media);
            case ESSAY -> essay(c);
        };
        El root = new El("assessmentItem").attr("xmlns", NS).attr("xmlns:xsi", XSI)
                .attr("xsi:schemaLocation", NS + " " + SCHEMA)
                .attr("identifier", identifier).attr("title", title(item, identifier)).attr("label", label(item))
                .attr("adaptive", "false").attr("timeDependent", "false");
        root.with(parts.declaration);
        root.add(new El("outcomeDeclaration").attr("identifier", SCORE).attr("cardinality", "single")
                .attr("baseType", "float").attr("normalMinimum", "0").attr("normalMaximum", "1"))
                .add(new El("defaultValue")).add(new El("value").text("0"));
        root.add(new El("outcomeDeclaration").attr("identifier", "MAXSCORE").attr("cardinality", "single")
                .attr("baseType", "float")).add(new El("defaultValue")).add(new El("value").text("1"));
        String feedbackCardinality = parts.feedbackCardinality;
        if (feedbackCardinality == null && c.generalFeedback() != null) {
            feedbackCardinality = "single";
        }
        if (feedbackCardinality != null) {
            root.add(new El("outcomeDeclaration").attr("identifier", FEEDBACK).attr("cardinality", feedbackCardinality)
                    .attr("baseType", "identifier"));
        }
        El body = root.add(new El("itemBody"));
        if (RichText.isRich(c.stem())) {
            // rich text as XHTML in the item body, MathML in its namespace; the images at their package paths
            body.add(new El("div")).raw(RichHtml.xhtml(c.stem(), media::get));
        } else if (!c.stem().isEmpty()) {
            for (String line : c.stem().split("\n")) {
                body.add(new El("p").lines(line, media));
            }
        }
        if (parts.inline) {
            body.add(new El("p")).with(parts.interaction);
        } else {
            body.with(parts.interaction);
        }
        if (c.type() == QuestionType.ESSAY) {
            essayScorerNote(body, c);
        }
        if (parts.processing != null) {
            root.with(parts.processing);
        }
        parts.feedbacks.forEach(root::with);
        if (c.generalFeedback() != null) {
            // shown whatever the response: FEEDBACK never holds GENERAL, and showHide="hide" shows it unless it does
            root.add(new El("modalFeedback").attr("outcomeIdentifier", FEEDBACK)
                    .attr("identifier", QtiItemReader.GENERAL_FEEDBACK).attr("showHide", "hide")
                    .lines(c.generalFeedback(), media));
        }
        return root.document();
    }

    private static String title(BankItem item, String identifier) {
        String stem = FileRefs.plain(RichText.plain(item.content().stem())).replace('\n', ' ').strip();
        if (stem.isEmpty()) {
            return item.code() != null ? item.code() : identifier;
        }
        return stem.length() <= 80 ? stem : stem.substring(0, 79) + "…";
    }

    /** COMPETENCY/LEVEL/DIFFICULTY, or null when the competency is unknown or cannot be written so. */
    private static String label(BankItem item) {
        String competency = item.competencyCode();
        if (competency == null || competency.isBlank() || !competency.matches("[^/\\s]+") || item.level() < 0) {
            return null;
        }
        return competency + "/" + item.level() + "/" + item.difficulty().name();
    }

    // ---------------------------------------------------------------- types

    private static Parts choice(ItemContent c, Map<String, String> media) {
        List<Option> options = c.options();
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a choice question without options");
        }
        boolean multiple = c.type() == QuestionType.MULTIPLE_CHOICE;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ids.add("choice_" + (i + 1));
        }
        long full = options.stream().filter(o -> o.weight() == 100).count();
        long zero = options.stream().filter(o -> o.weight() == 0).count();
        boolean allOrNothing = !multiple && full == 1 && full + zero == options.size();

        Parts p = new Parts();
        p.declaration = declaration(multiple ? "multiple" : "single", "identifier");
        El correct = new El("correctResponse");
        if (allOrNothing || !multiple) {
            int best = 0;
            for (int i = 1; i < options.size(); i++) {
                if (options.get(i).weight() > options.get(best).weight()) {
                    best = i;
                }
            }
            if (options.get(best).weight() > 0) {
                correct.add(new El("value").text(ids.get(best)));
            }
        } else {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).weight() > 0) {
                    correct.add(new El("value").text(ids.get(i)));
                }
            }
        }
        if (!correct.content.isEmpty()) {
            p.declaration.with(correct);
        }
        if (!allOrNothing) {
            El mapping = p.declaration.add(new El("mapping").attr("lowerBound", "0").attr("upperBound", "1")
                    .attr("defaultValue", "0"));
            for (int i = 0; i < options.size(); i++) {
                mapping.add(new El("mapEntry").attr("mapKey", ids.get(i))
                        .attr("mappedValue", fraction(options.get(i).weight())));
            }
        }
        El interaction = new El("choiceInteraction").attr("responseIdentifier", RESPONSE).attr("shuffle", "false")
                .attr("maxChoices", multiple ? "0" : "1");
        boolean feedback = false;
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            El choice = interaction.add(new El("simpleChoice").attr("identifier", ids.get(i)))
                    .lines(o.text(), media);
            if (o.feedback() != null) {
                feedback = true;
                choice.add(new El("feedbackInline").attr("outcomeIdentifier", FEEDBACK).attr("identifier", ids.get(i))
                        .attr("showHide", "show")).lines(o.feedback(), media);
            }
        }
        p.interaction = interaction;
        if (feedback) {
            // the template's rules written out, plus FEEDBACK = the chosen options, which shows their feedbackInline
            p.feedbackCardinality = multiple ? "multiple" : "single";
            p.processing = new El("responseProcessing").with(allOrNothing ? matchCorrectRule() : mapResponseRule())
                    .with(new El("setOutcomeValue").attr("identifier", FEEDBACK)
                            .with(new El("variable").attr("identifier", RESPONSE)));
        } else {
            p.processing = template(allOrNothing ? MATCH_CORRECT : MAP_RESPONSE);
        }
        return p;
    }

    private static Parts shortText(ItemContent c, Map<String, String> media) {
        List<Option> options = c.options();
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a short-answer question without accepted answers");
        }
        Parts p = new Parts();
        p.declaration = declaration("single", "string");
        Option best = best(options);
        if (best.weight() > 0) {
            p.declaration.add(new El("correctResponse")).add(new El("value").text(best.text()));
        }
        Option last = options.get(options.size() - 1);
        boolean otherLast = options.size() > 1 && ItemContent.OTHER_ANSWER.equals(last.text())
                && !last.caseSensitive() && last.feedback() == null && last.weight() > 0;
        // any other answer's weight, when it comes last, is the mapping's default value
        El mapping = p.declaration.add(new El("mapping").attr("defaultValue",
                otherLast ? fraction(last.weight()) : "0"));
        for (Option o : otherLast ? options.subList(0, options.size() - 1) : options) {
            mapping.add(new El("mapEntry").attr("mapKey", o.text()).attr("mappedValue", fraction(o.weight()))
                    .attr("caseSensitive", String.valueOf(o.caseSensitive())));
        }
        p.interaction = new El("textEntryInteraction").attr("responseIdentifier", RESPONSE)
                .attr("expectedLength", Math.max(10, options.stream().mapToInt(o -> o.text().length()).max()
                        .orElse(0)));
        p.inline = true;
        if (options.stream().anyMatch(o -> o.feedback() != null)) {
            p.feedbackCardinality = "single";
            p.processing = new El("responseProcessing").with(mapResponseRule());
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                if (o.feedback() == null) {
                    continue;
                }
                String id = "FEEDBACK_" + (i + 1);
                p.processing.add(new El("responseCondition")).add(new El("responseIf"))
                        .with(new El("stringMatch").attr("caseSensitive", "false")
                                .with(new El("variable").attr("identifier", RESPONSE))
                                .with(new El("baseValue").attr("baseType", "string").text(o.text())))
                        .with(setOutcome(FEEDBACK, "identifier", id));
                p.feedbacks.add(new El("modalFeedback").attr("outcomeIdentifier", FEEDBACK).attr("identifier", id)
                        .attr("showHide", "show").lines(o.feedback(), media));
            }
        } else {
            p.processing = template(MAP_RESPONSE);
        }
        return p;
    }

    private static Parts numeric(ItemContent c, Map<String, String> media) {
        Option other = c.options().stream().filter(ItemContent::otherAnswer).findFirst().orElse(null);
        List<Option> options = c.options().stream().filter(o -> o != other).toList();
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a numeric question without answers");
        }
        Parts p = new Parts();
        p.declaration = declaration("single", "float");
        Option best = best(options);
        if (best.value() == null) {
            throw new IllegalArgumentException("a numeric answer without a value");
        }
        p.declaration.add(new El("correctResponse")).add(new El("value").text(decimal(best.value())));
        El condition = new El("responseCondition");
        boolean feedback = false;
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (o.value() == null) {
                throw new IllegalArgumentException("a numeric answer without a value");
            }
            double tolerance = o.tolerance() == null ? 0 : o.tolerance();
            El equal = new El("equal");
            if (tolerance == 0) {
                equal.attr("toleranceMode", "exact");
            } else {
                equal.attr("toleranceMode", "absolute")
                        .attr("tolerance", decimal(tolerance) + " " + decimal(tolerance));
            }
            equal.with(new El("variable").attr("identifier", RESPONSE))
                    .with(new El("baseValue").attr("baseType", "float").text(decimal(o.value())));
            El branch = condition.add(new El(i == 0 ? "responseIf" : "responseElseIf")).with(equal)
                    .with(setOutcome(SCORE, "float", fraction(o.weight())));
            if (o.feedback() != null) {
                feedback = true;
                String id = "FEEDBACK_" + (i + 1);
                branch.with(setOutcome(FEEDBACK, "identifier", id));
                p.feedbacks.add(new El("modalFeedback").attr("outcomeIdentifier", FEEDBACK).attr("identifier", id)
                        .attr("showHide", "show").lines(o.feedback(), media));
            }
        }
        El otherwise = condition.add(new El("responseElse")).with(setOutcome(SCORE, "float", "0"));
        if (other != null && other.feedback() != null) {
            feedback = true;
            otherwise.with(setOutcome(FEEDBACK, "identifier", "FEEDBACK_OTHER"));
            p.feedbacks.add(new El("modalFeedback").attr("outcomeIdentifier", FEEDBACK)
                    .attr("identifier", "FEEDBACK_OTHER").attr("showHide", "show").lines(other.feedback(), media));
        }
        p.processing = new El("responseProcessing").with(condition);
        p.feedbackCardinality = feedback ? "single" : null;
        p.interaction = new El("textEntryInteraction").attr("responseIdentifier", RESPONSE).attr("expectedLength", 10);
        p.inline = true;
        return p;
    }

    private static Parts ordering(ItemContent c, Map<String, String> media) {
        if (c.sequence().isEmpty()) {
            throw new IllegalArgumentException("an ordering question without items");
        }
        Parts p = new Parts();
        p.declaration = declaration("ordered", "identifier");
        El correct = p.declaration.add(new El("correctResponse"));
        El interaction = new El("orderInteraction").attr("responseIdentifier", RESPONSE).attr("shuffle", "true");
        for (int i = 0; i < c.sequence().size(); i++) {
            String id = "item_" + (i + 1);
            correct.add(new El("value").text(id));
            interaction.add(new El("simpleChoice").attr("identifier", id)).lines(c.sequence().get(i), media);
        }
        p.interaction = interaction;
        p.processing = template(MATCH_CORRECT);
        return p;
    }

    private static Parts matching(ItemContent c, Map<String, String> media) {
        List<Pair> pairs = c.pairs();
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a matching question without pairs");
        }
        Parts p = new Parts();
        p.declaration = declaration("multiple", "directedPair");
        El correct = p.declaration.add(new El("correctResponse"));
        // a right item used by several pairs is written once
        Map<String, String> rightIds = new LinkedHashMap<>();
        Map<String, Integer> rightUses = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            rightIds.putIfAbsent(pair.right(), "right_" + (rightIds.size() + 1));
            rightUses.merge(pair.right(), 1, Integer::sum);
        }
        El interaction = new El("matchInteraction").attr("responseIdentifier", RESPONSE).attr("shuffle", "true")
                .attr("maxAssociations", c.lefts());
        El lefts = interaction.add(new El("simpleMatchSet"));
        for (int i = 0; i < c.lefts(); i++) { // distractors: right items only
            String id = "left_" + (i + 1);
            lefts.add(new El("simpleAssociableChoice").attr("identifier", id).attr("matchMax", 1))
                    .lines(pairs.get(i).left(), media);
            correct.add(new El("value").text(id + " " + rightIds.get(pairs.get(i).right())));
        }
        El rights = interaction.add(new El("simpleMatchSet"));
        rightIds.forEach((text, id) -> rights.add(new El("simpleAssociableChoice").attr("identifier", id)
                .attr("matchMax", rightUses.get(text))).lines(text, media));
        p.interaction = interaction;
        boolean weighted = pairs.stream().limit(c.lefts()).anyMatch(pair -> pair.weight() != null);
        java.util.Set<Double> penalties = new java.util.HashSet<>();
        pairs.stream().limit(c.lefts()).forEach(pair -> penalties.add(pair.penalty()));
        if (weighted || !penalties.equals(java.util.Collections.singleton(null))) {
            // per-pair weights or penalties for wrong pairs: a mapping scored by map_response; one penalty shared
            // by every left item is the mapping's default, others are written per wrong pair
            Double shared = penalties.size() == 1 ? penalties.iterator().next() : null;
            El mapping = p.declaration.add(new El("mapping").attr("lowerBound", "0").attr("upperBound", "1")
                    .attr("defaultValue", shared == null ? "0" : fraction(shared)));
            for (int i = 0; i < c.lefts(); i++) {
                Double w = weighted ? pairs.get(i).weight() : Double.valueOf(100.0 / c.lefts());
                mapping.add(new El("mapEntry").attr("mapKey", "left_" + (i + 1) + " "
                        + rightIds.get(pairs.get(i).right())).attr("mappedValue", fraction(w == null ? 0 : w)));
            }
            for (int i = 0; i < c.lefts() && shared == null; i++) {
                wrongPairs(mapping, "left_" + (i + 1), pairs.get(i), rightIds);
            }
            p.processing = template(MAP_RESPONSE);
        } else {
            p.processing = template(MATCH_CORRECT);
        }
        return p;
    }

    /** The mapping entries of a left item's wrong pairs, each worth its penalty (none without a penalty). */
    private static void wrongPairs(El mapping, String leftId, Pair pair, Map<String, String> rightIds) {
        if (pair.penalty() == null) {
            return;
        }
        rightIds.forEach((text, id) -> {
            if (!text.equals(pair.right())) {
                mapping.add(new El("mapEntry").attr("mapKey", leftId + " " + id)
                        .attr("mappedValue", fraction(pair.penalty())));
            }
        });
    }

    // ---------------------------------------------------------------- pieces

    /**
     * An essay as {@code extendedTextInteraction}: a string response scored by a person, so no response processing;
     * the template as {@code placeholderText}, a maximum in characters as {@code expectedLength} (QTI has no word
     * limit: {@code maxStrings} counts strings); the rubric's criteria in a scorers' rubric block.
     */
    private static Parts essay(ItemContent c) {
        ItemContent.Essay e = c.essay();
        Parts p = new Parts();
        p.declaration = declaration("single", "string");
        El interaction = new El("extendedTextInteraction").attr("responseIdentifier", RESPONSE)
                .attr("format", "plain").attr("placeholderText", e.template());
        if (e.unit() == ItemContent.LengthUnit.CHARACTERS) {
            interaction.attr("expectedLength", e.maxLength());
        }
        p.interaction = interaction;
        return p;
    }

    /**
     * The grader's note (the model answer) as a rubric block only scorers see, and the rubric's criteria as a second
     * one ({@code class="} {@value QtiItemReader#RUBRIC_CLASS}{@code "}): a table of criterion and maximum points,
     * readable by a person in any QTI tool and read back by ours.
     */
    private static void essayScorerNote(El body, ItemContent c) {
        if (c.essay().graderNote() != null) {
            body.add(new El("rubricBlock").attr("view", "scorer")).add(new El("p")).lines(c.essay().graderNote());
        }
        El rows = body.add(new El("rubricBlock").attr("view", "scorer").attr("class", QtiItemReader.RUBRIC_CLASS))
                .add(new El("table")).add(new El("tbody"));
        for (ItemContent.Criterion criterion : c.essay().rubric()) {
            rows.add(new El("tr")).with(new El("td").text(criterion.name()))
                    .with(new El("td").text(java.math.BigDecimal.valueOf(criterion.maxPoints()).stripTrailingZeros()
                            .toPlainString()));
        }
    }

    private static El declaration(String cardinality, String baseType) {
        return new El("responseDeclaration").attr("identifier", RESPONSE).attr("cardinality", cardinality)
                .attr("baseType", baseType);
    }

    private static El template(String uri) {
        return new El("responseProcessing").attr("template", uri);
    }

    /** The rule of the match_correct template. */
    private static El matchCorrectRule() {
        El condition = new El("responseCondition");
        condition.add(new El("responseIf"))
                .with(new El("match").with(new El("variable").attr("identifier", RESPONSE))
                        .with(new El("correct").attr("identifier", RESPONSE)))
                .with(setOutcome(SCORE, "float", "1"));
        condition.add(new El("responseElse")).with(setOutcome(SCORE, "float", "0"));
        return condition;
    }

    /** The rule of the map_response template. */
    private static El mapResponseRule() {
        El condition = new El("responseCondition");
        condition.add(new El("responseIf"))
                .with(new El("isNull").with(new El("variable").attr("identifier", RESPONSE)))
                .with(setOutcome(SCORE, "float", "0"));
        condition.add(new El("responseElse")).add(new El("setOutcomeValue").attr("identifier", SCORE))
                .add(new El("mapResponse").attr("identifier", RESPONSE));
        return condition;
    }

    private static El setOutcome(String identifier, String baseType, String value) {
        return new El("setOutcomeValue").attr("identifier", identifier)
                .with(new El("baseValue").attr("baseType", baseType).text(value));
    }

    private static Option best(List<Option> options) {
        Option best = options.get(0);
        for (Option o : options) {
            if (o.weight() > best.weight()) {
                best = o;
            }
        }
        return best;
    }

    /** A weight in per cent as a fraction of the item's score 1, exact in decimal (so a round trip gives it back). */
    static String fraction(double weight) {
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("a weight must be a number, not " + weight);
        }
        return weight == 0 ? "0" : BigDecimal.valueOf(weight).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a number is needed, not " + value);
        }
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
