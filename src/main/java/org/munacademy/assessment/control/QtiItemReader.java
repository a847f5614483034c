package org.munacademy.assessment.control;

import static org.munacademy.assessment.control.QtiXml.attr;
import static org.munacademy.assessment.control.QtiXml.child;
import static org.munacademy.assessment.control.QtiXml.children;
import static org.munacademy.assessment.control.QtiXml.descendants;
import static org.munacademy.assessment.control.QtiXml.firstChildElement;
import static org.munacademy.assessment.control.QtiXml.name;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.assessment.control.QtiXml.Invalid;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** One QTI 2.x {@code assessmentItem} read into a {@link BankItem}; the mapping is described on {@link QtiPackage}. */
final class QtiItemReader {

    static final Pattern LABEL = Pattern.compile("([^/\\s]+)/(\\d{1,4})(?:/(EASY|MEDIUM|HARD))?",
            Pattern.CASE_INSENSITIVE);
    static final String GENERAL_FEEDBACK = "GENERAL";
    static final String BLANK = "_____";

    private static final Set<String> SUPPORTED = Set.of("choiceInteraction", "textEntryInteraction",
            "orderInteraction", "matchInteraction", "inlineChoiceInteraction", "gapMatchInteraction");
    private static final Set<String> TRUE_TEXTS = Set.of("верно", "true", "правда", "истина");
    private static final Set<String> FALSE_TEXTS = Set.of("неверно", "не верно", "false", "ложь");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Element root;
    private final Element declaration;
    private final Element processing;
    private final String responseId;
    /** modalFeedback and feedbackBlock texts by identifier. */
    private final Map<String, String> feedbacks = new LinkedHashMap<>();

    private QtiItemReader(Element root, Element declaration, String responseId) {
        this.root = root;
        this.declaration = declaration;
        this.responseId = responseId;
        this.processing = child(root, "responseProcessing");
        List<Element> feedbackElements = new ArrayList<>(children(root, "modalFeedback"));
        Element body = child(root, "itemBody");
        if (body != null) {
            feedbackElements.addAll(descendants(body, "feedbackBlock"));
        }
        for (Element f : feedbackElements) {
            String id = attr(f, "identifier");
            String text = QtiXml.text(f);
            if (id != null && !text.isEmpty()) {
                feedbacks.putIfAbsent(id, text);
            }
        }
    }

    static BankItem read(Document document) throws Invalid {
        Element root = document.getDocumentElement();
        if (!name(root).equals("assessmentItem")) {
            throw new Invalid(AssessmentImportError.QTI_ITEM_ROOT, name(root));
        }
        if (child(root, "templateDeclaration") != null || child(root, "templateProcessing") != null) {
            throw new Invalid(AssessmentImportError.QTI_TEMPLATE_ITEM, String.valueOf(attr(root, "identifier")));
        }
        Element body = child(root, "itemBody");
        if (body == null) {
            throw new Invalid(AssessmentImportError.QTI_NO_BODY);
        }
        List<Element> interactions = new ArrayList<>();
        collectInteractions(body, interactions);
        if (interactions.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_INTERACTION);
        }
        if (interactions.size() > 1) {
            throw new Invalid(AssessmentImportError.QTI_SEVERAL_INTERACTIONS, String.join(", ",
                    interactions.stream().map(QtiXml::name).toList()));
        }
        Element interaction = interactions.get(0);
        String kind = name(interaction);
        if (!SUPPORTED.contains(kind) && !EXTENDED_TEXT.equals(kind)) {
            throw new Invalid(AssessmentImportError.QTI_INTERACTION_UNSUPPORTED, kind);
        }
        String responseId = attr(interaction, "responseIdentifier");
        if (responseId == null) {
            throw new Invalid(AssessmentImportError.QTI_NO_RESPONSE_ID, kind);
        }
        Element declaration = children(root, "responseDeclaration").stream()
                .filter(d -> responseId.equals(attr(d, "identifier"))).findFirst()
                .orElseThrow(() -> new Invalid(AssessmentImportError.QTI_NO_DECLARATION, responseId));
        QtiItemReader reader = new QtiItemReader(root, declaration, responseId);

        String stem = stem(body, interaction);
        String general = reader.feedbacks.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(GENERAL_FEEDBACK)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        ItemContent content = switch (kind) {
            case "choiceInteraction", "inlineChoiceInteraction" -> reader.choice(interaction, stem, general);
            case "textEntryInteraction" -> reader.textEntry(stem, general);
            case "orderInteraction" -> reader.order(interaction, stem, general);
            case "gapMatchInteraction" -> reader.gapMatch(interaction, stem, general);
            case EXTENDED_TEXT -> essay(body, interaction, stem, general);
            default -> reader.match(interaction, stem, general);
        };

        String competency = null;
        int level = 0;
        Difficulty difficulty = Difficulty.MEDIUM;
        String label = attr(root, "label");
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m != null && m.matches()) {
            competency = m.group(1);
            level = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                difficulty = Difficulty.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            }
        }
        return new BankItem(attr(root, "identifier"), competency, level, difficulty, content);
    }

    private static void collectInteractions(Element parent, List<Element> into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name(e).endsWith("Interaction")) {
                    into.add(e);
                } else {
                    collectInteractions(e, into);
                }
            }
        }
    }

    // ---------------------------------------------------------------- stem

    /**
     * The text of the item body with the interaction left out: a block interaction contributes its prompt, an inline
     * text entry or inline choice a blank ("_____") when it stands inside a sentence and nothing when it stands
     * alone. A body with emphasis, links, lists, code, tables or MathML (in the {@code m:} or the default MathML
     * namespace) is rich text ({@link RichHtml}), else plain text.
     */
    private static String stem(Element body, Element interaction) {
        Map<Element, String> replaced = new HashMap<>();
        String plain = plainStem(body, interaction, replaced);
        Map<Element, String> html = new HashMap<>();
        replaced.forEach((e, text) -> html.put(e, QtiXml.escape(text, false)));
        Element prompt = child(interaction, "prompt");
        if (prompt != null && replaced.containsKey(interaction)) {
            html.put(interaction, "<p>" + QtiXml.html(prompt, QtiXml.NOT_TEXT, Map.of()) + "</p>");
        }
        return RichHtml.richOrPlain(QtiXml.html(body, QtiXml.NOT_TEXT, html), () -> plain);
    }

    /** The stem as plain text, {@code replaced} filled with the text of each element the stem shows otherwise. */
    private static String plainStem(Element body, Element interaction, Map<Element, String> replaced) {
        if (name(interaction).equals("textEntryInteraction") || name(interaction).equals("inlineChoiceInteraction")) {
            replaced.put(interaction, hasTextAround(interaction) ? BLANK : "");
        } else if (name(interaction).equals("gapMatchInteraction")) {
            // the text with its gaps: the words to place are left out, each gap is a numbered blank
            children(interaction, "gapText").forEach(g -> replaced.put(g, ""));
            Map<String, Integer> numbers = new HashMap<>();
            for (Element gap : descendants(interaction, "gap")) {
                String id = String.valueOf(attr(gap, "identifier"));
                numbers.putIfAbsent(id, numbers.size() + 1);
                replaced.put(gap, BLANK + " (" + numbers.get(id) + ")");
            }
        } else {
            Element prompt = child(interaction, "prompt");
            replaced.put(interaction, prompt == null ? "" : "\n" + QtiXml.text(prompt) + "\n");
        }
        return QtiXml.text(body, QtiXml.NOT_TEXT, replaced);
    }

    private static boolean hasTextAround(Element interaction) {
        for (Node n = interaction.getParentNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n == interaction) {
                continue;
            }
            if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                return true;
            }
            if (n instanceof Element e && !QtiXml.NOT_TEXT.contains(name(e)) && !QtiXml.text(e).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- choice

    private ItemContent choice(Element interaction, String stem, String general) throws Invalid {
        // an inline choice (a blank in a sentence) reads as a single choice whose stem shows the blank
        List<Element> choices = descendants(interaction,
                name(interaction).equals("inlineChoiceInteraction") ? "inlineChoice" : "simpleChoice");
        if (choices.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_CHOICES);
        }
        String cardinality = attr(declaration, "cardinality");
        boolean multiple = "multiple".equals(cardinality);
        if (!multiple && !"single".equals(cardinality)) {
            throw new Invalid(AssessmentImportError.QTI_CHOICE_CARDINALITY, cardinality);
        }
        List<String> ids = new ArrayList<>();
        for (Element c : choices) {
            String id = attr(c, "identifier");
            if (id == null) {
                throw new Invalid(AssessmentImportError.QTI_ELEMENT_NO_ID, "simpleChoice");
            }
            ids.add(id);
        }
        double[] weights = new double[choices.size()];
        Mapping mapping = mapping();
        if (mapping != null) {
            BigDecimal max = declaredMaximum();
            if (max == null) {
                max = mapping.capped(multiple ? mapping.sumOfPositives() : mapping.largest());
            }
            if (max.signum() <= 0) {
                throw new Invalid(AssessmentImportError.QTI_MAPPING_NO_POSITIVE);
            }
            for (int i = 0; i < ids.size(); i++) {
                weights[i] = weight(mapping.entries.getOrDefault(ids.get(i), mapping.defaultValue), max);
            }
        } else {
            List<String> correct = correctValues();
            if (correct.isEmpty()) {
                throw new Invalid(AssessmentImportError.QTI_NO_CORRECT);
            }
            for (String c : correct) {
                if (!ids.contains(c)) {
                    throw new Invalid(AssessmentImportError.QTI_CORRECT_UNKNOWN, c);
                }
            }
            if (!multiple && correct.size() > 1) {
                throw new Invalid(AssessmentImportError.QTI_SINGLE_MANY_CORRECT, correct.size());
            }
            for (int i = 0; i < ids.size(); i++) {
                boolean right = correct.contains(ids.get(i));
                weights[i] = !multiple ? (right ? 100 : 0) : (right ? 100.0 / correct.size() : -100);
            }
        }
        String[] byCorrectness = multiple ? new String[2] : correctnessFeedback();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Element c = choices.get(i);
            String feedback = choiceFeedback(c, ids.get(i));
            if (feedback == null) { // a modal feedback shown when the response is (not) the correct one
                feedback = weights[i] == 100 ? byCorrectness[0] : byCorrectness[1];
            }
            options.add(Option.choice(QtiXml.text(c), weights[i], feedback));
        }
        if (!multiple && options.size() == 2) {
            int t = trueFalseIndex(options.get(0).text(), options.get(1).text());
            if (t >= 0) {
                Option yes = options.get(t);
                Option no = options.get(1 - t);
                return new ItemContent(QuestionType.TRUE_FALSE, stem, List.of(
                        Option.choice(ItemContent.TRUE_TEXT, yes.weight(), yes.feedback()),
                        Option.choice(ItemContent.FALSE_TEXT, no.weight(), no.feedback())),
                        null, null, general);
            }
        }
        return new ItemContent(multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE, stem,
                options, null, null, general);
    }

    /** Which of two texts says "true" when the other says "false", or −1. */
    private static int trueFalseIndex(String a, String b) {
        String x = truthKey(a);
        String y = truthKey(b);
        if (TRUE_TEXTS.contains(x) && FALSE_TEXTS.contains(y)) {
            return 0;
        }
        if (TRUE_TEXTS.contains(y) && FALSE_TEXTS.contains(x)) {
            return 1;
        }
        return -1;
    }

    private static String truthKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[.!«»\"]", "").strip();
    }

    /**
     * The feedback texts a response condition shows when the response matches the correct one and otherwise (the
     * 1EdTech example modalFeedback.xml): {@code responseIf} on {@code match(variable, correct)} setting a feedback
     * outcome, and its {@code responseElse}; nulls when there is no such rule.
     */
    private String[] correctnessFeedback() {
        String[] texts = new String[2];
        if (processing == null) {
            return texts;
        }
        for (Element condition : descendants(processing, "responseCondition")) {
            Element when = child(condition, "responseIf");
            Element test = when == null ? null : firstChildElement(when);
            if (test == null || !name(test).equals("match") || children(test, "correct").isEmpty()
                    || comparison(test) == null) {
                continue;
            }
            texts[0] = feedbackSetBy(when);
            Element otherwise = child(condition, "responseElse");
            texts[1] = otherwise == null ? null : feedbackSetBy(otherwise);
            break;
        }
        return texts;
    }

    /** The text of the feedback whose identifier a branch sets an identifier outcome to, or null. */
    private String feedbackSetBy(Element branch) {
        for (Element set : children(branch, "setOutcomeValue")) {
            Element v = child(set, "baseValue");
            if (v != null && "identifier".equals(attr(v, "baseType"))) {
                String text = feedbacks.get(v.getTextContent().trim());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** feedbackInline inside the choice, else a modalFeedback or feedbackBlock named after the choice. */
    private String choiceFeedback(Element choice, String id) {
        List<String> inline = new ArrayList<>();
        for (Element f : descendants(choice, "feedbackInline")) {
            String t = QtiXml.text(f);
            if (!t.isEmpty()) {
                inline.add(t);
            }
        }
        return inline.isEmpty() ? feedbacks.get(id) : String.join("\n", inline);
    }

    // ---------------------------------------------------------------- text entry

    private ItemContent textEntry(String stem, String general) throws Invalid {
        String cardinality = attr(declaration, "cardinality");
        if (cardinality != null && !cardinality.equals("single")) {
            throw new Invalid(AssessmentImportError.QTI_TEXT_CARDINALITY, cardinality);
        }
        String baseType = attr(declaration, "baseType");
        if ("string".equals(baseType)) {
            return new ItemContent(QuestionType.SHORT_TEXT, stem, shortTextOptions(), null, null, general);
        }
        if ("float".equals(baseType) || "integer".equals(baseType)) {
            return new ItemContent(QuestionType.NUMERIC, stem, numericOptions(), null, null, general);
        }
        throw new Invalid(AssessmentImportError.QTI_BASE_TYPE, String.valueOf(baseType));
    }

    private List<Option> shortTextOptions() throws Invalid {
        List<Branch> branches = branches();
        Map<String, String> feedbackByAnswer = new HashMap<>();
        for (Branch b : branches) {
            if (b.value != null && b.feedbackId != null && feedbacks.containsKey(b.feedbackId)) {
                feedbackByAnswer.putIfAbsent(QtiXml.normalize(b.value), feedbacks.get(b.feedbackId));
            }
        }
        Map<String, Double> answers = new LinkedHashMap<>();
        Mapping mapping = mapping();
        Map<String, Double> mapped = new LinkedHashMap<>();
        if (mapping != null) {
            BigDecimal max = declaredMaximum();
            if (max == null) {
                max = mapping.capped(mapping.largest());
            }
            if (max.signum() > 0) {
                for (Map.Entry<String, BigDecimal> e : mapping.entries.entrySet()) {
                    String key = QtiXml.normalize(e.getKey());
                    if (!key.isEmpty()) {
                        mapped.putIfAbsent(key, weight(e.getValue(), max));
                    }
                }
            }
        }
        for (String value : correctValues()) {
            String key = QtiXml.normalize(value);
            if (!key.isEmpty() && !mapped.containsKey(key)) {
                answers.putIfAbsent(key, 100.0);
            }
        }
        answers.putAll(mapped);
        if (mapping != null && mapping.defaultValue.signum() > 0 && !answers.containsKey(ItemContent.OTHER_ANSWER)) {
            BigDecimal max = declaredMaximum();
            max = max != null ? max : mapping.capped(mapping.largest());
            if (max.signum() > 0) { // any other answer earns the mapping's default value
                answers.put(ItemContent.OTHER_ANSWER, weight(mapping.defaultValue, max));
            }
        }
        if (answers.isEmpty()) {
            List<Branch> scored = branches.stream().filter(b -> b.score != null && b.value != null).toList();
            BigDecimal max = maximum(scored);
            for (Branch b : scored) {
                String key = QtiXml.normalize(b.value);
                if (!key.isEmpty() && max != null) {
                    answers.putIfAbsent(key, weight(b.score, max));
                }
            }
        }
        if (answers.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_CORRECT_OR_MAPPING);
        }
        Set<String> withCase = mapping == null ? Set.of() : caseSensitiveKeys();
        List<Option> options = new ArrayList<>();
        answers.forEach((text, weight) -> options.add(withCase.contains(text)
                ? Option.caseSensitive(text, weight, feedbackByAnswer.get(text))
                : Option.choice(text, weight, feedbackByAnswer.get(text))));
        return options;
    }

    /**
     * The mapping keys compared with their case: those with {@code caseSensitive="true"}; without the attribute, all
     * keys in QTI 2.0/2.1 (where a map key is matched exactly) and in QTI 2.2 (whose schema defaults it to false)
     * the keys that differ from another key only in case — case-insensitively such a key could never be reached, as
     * in the 1EdTech example text_entry.xml ("York" 1, "york" 0.5).
     */
    private Set<String> caseSensitiveKeys() {
        Element mapping = child(declaration, "mapping");
        boolean v2p2 = String.valueOf(root.getNamespaceURI()).contains("v2p2");
        Map<String, Integer> byLowerCase = new HashMap<>();
        List<Element> entries = children(mapping, "mapEntry");
        for (Element e : entries) {
            byLowerCase.merge(QtiXml.normalize(e.getAttribute("mapKey")).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Set<String> keys = new java.util.HashSet<>();
        for (Element e : entries) {
            String key = QtiXml.normalize(e.getAttribute("mapKey"));
            String attribute = attr(e, "caseSensitive");
            boolean sensitive = attribute != null ? "true".equals(attribute) || "1".equals(attribute)
                    : !v2p2 || byLowerCase.get(key.toLowerCase(Locale.ROOT)) > 1;
            if (sensitive) {
                keys.add(key);
            }
        }
        return keys;
    }

    private List<Option> numericOptions() throws Invalid {
        List<Branch> branches = branches();
        List<String> correct = correctValues();
        Double correctValue = correct.isEmpty() ? null : number(correct.get(0));
        List<Option> options = new ArrayList<>();
        List<Branch> scored = branches.stream().filter(b -> b.score != null).toList();
        if (!scored.isEmpty()) {
            BigDecimal max = maximum(scored);
            if (max == null) {
                throw new Invalid(AssessmentImportError.QTI_PROCESSING_NO_POSITIVE);
            }
            for (Branch b : scored) {
                Double value = b.value == null ? correctValue : Double.valueOf(number(b.value));
                if (value == null) {
                    throw new Invalid(AssessmentImportError.QTI_CORRECT_NEEDS_VALUE);
                }
                options.add(Option.number(value, b.tolerance(value), weight(b.score, max),
                        feedbacks.get(b.feedbackId)));
            }
            return options;
        }
        Branch withTolerance = branches.stream().filter(b -> b.toleranceMode != null).findFirst().orElse(null);
        Mapping mapping = mapping();
        if (mapping != null && !mapping.entries.isEmpty()) {
            BigDecimal max = declaredMaximum();
            if (max == null) {
                max = mapping.largest();
            }
            if (max.signum() <= 0) {
                throw new Invalid(AssessmentImportError.QTI_MAPPING_NO_POSITIVE);
            }
            for (Map.Entry<String, BigDecimal> e : mapping.entries.entrySet()) {
                double value = number(e.getKey());
                options.add(Option.number(value, withTolerance == null ? 0 : withTolerance.tolerance(value),
                        weight(e.getValue(), max), numericFeedback(branches, value, correctValue)));
            }
            return options;
        }
        if (correctValue == null) {
            throw new Invalid(AssessmentImportError.QTI_NO_CORRECT);
        }
        for (String c : correct) {
            double value = number(c);
            options.add(Option.number(value, withTolerance == null ? 0 : withTolerance.tolerance(value), 100,
                    numericFeedback(branches, value, correctValue)));
        }
        return options;
    }

    private String numericFeedback(List<Branch> branches, double value, Double correctValue) throws Invalid {
        for (Branch b : branches) {
            if (b.feedbackId == null || !feedbacks.containsKey(b.feedbackId)) {
                continue;
            }
            Double v = b.value == null ? correctValue : Double.valueOf(number(b.value));
            if (v != null && v == value) {
                return feedbacks.get(b.feedbackId);
            }
        }
        return null;
    }

    private static double number(String text) throws Invalid {
        try {
            double d = Double.parseDouble(text.trim());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Invalid(AssessmentImportError.QTI_NOT_A_NUMBER, text.trim());
        }
    }

    // ---------------------------------------------------------------- essay

    /** The interaction of an essay, scored by a person. */
    static final String EXTENDED_TEXT = "extendedTextInteraction";

    /** The class of the scorers' rubric block our export writes the essay's criteria in. */
    static final String RUBRIC_CLASS = "academy-rubric";

    /**
     * An essay from an {@code extendedTextInteraction}: {@code placeholderText} as the template, a rubric block for
     * scorers as the grader's note; QTI has no rubric criteria, so the criteria are those of our export's rubric block
     * ({@link #RUBRIC_CLASS}: rows of criterion and maximum points) or else one criterion worth 1 point (as Moodle's
     * default mark), which the methodologist refines in the bank.
     */
    private static ItemContent essay(Element body, Element interaction, String stem, String general) {
        List<Element> scorers = descendants(body, "rubricBlock").stream()
                .filter(r -> String.valueOf(attr(r, "view")).contains("scorer")).toList();
        String note = scorers.stream().filter(r -> !String.valueOf(attr(r, "class")).contains(RUBRIC_CLASS))
                .map(QtiXml::text).filter(t -> !t.isBlank()).findFirst().orElse(null);
        List<ItemContent.Criterion> rubric = scorers.stream()
                .filter(r -> String.valueOf(attr(r, "class")).contains(RUBRIC_CLASS))
                .flatMap(r -> descendants(r, "tr").stream()).map(QtiItemReader::criterion)
                .filter(java.util.Objects::nonNull).toList();
        Integer expected = null;
        try {
            String length = attr(interaction, "expectedLength");
            expected = length == null ? null : Integer.valueOf(length.strip());
        } catch (NumberFormatException e) {
            expected = null; // a hint only: ignored when unreadable
        }
        ItemContent.Essay simple = ItemContent.Essay.simple(1);
        return ItemContent.essay(stem, new ItemContent.Essay(attr(interaction, "placeholderText"),
                expected == null ? ItemContent.LengthUnit.WORDS : ItemContent.LengthUnit.CHARACTERS, null,
                expected != null && expected > 0 ? expected : null, rubric.isEmpty() ? simple.rubric() : rubric, note),
                general);
    }

    /** A row of criterion and maximum points (more than 0), or null when the row is not one. */
    private static ItemContent.Criterion criterion(Element row) {
        List<Element> cells = descendants(row, "td");
        if (cells.size() != 2 || QtiXml.text(cells.get(0)).isBlank()) {
            return null;
        }
        try {
            double points = Double.parseDouble(QtiXml.text(cells.get(1)).strip().replace(',', '.'));
            return points > 0 ? new ItemContent.Criterion(QtiXml.text(cells.get(0)).strip(), points) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- order and match

    private ItemContent order(Element interaction, String stem, String general) throws Invalid {
        Map<String, String> texts = choiceTexts(descendants(interaction, "simpleChoice"), "simpleChoice");
        List<String> correct = correctValues();
        if (correct.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_CORRECT_ORDER);
        }
        List<String> sequence = new ArrayList<>();
        for (String id : correct) {
            String text = texts.get(id);
            if (text == null) {
                throw new Invalid(AssessmentImportError.QTI_CORRECT_UNKNOWN, id);
            }
            sequence.add(text);
        }
        return new ItemContent(QuestionType.ORDERING, stem, null, null, sequence, general);
    }

    private ItemContent match(Element interaction, String stem, String general) throws Invalid {
        List<Element> sets = children(interaction, "simpleMatchSet");
        if (sets.size() != 2) {
            throw new Invalid(AssessmentImportError.QTI_MATCH_SETS, sets.size());
        }
        String choice = "simpleAssociableChoice";
        Map<String, String> left = choiceTexts(children(sets.get(0), choice), choice);
        Map<String, String> right = choiceTexts(children(sets.get(1), choice), choice);
        return pairs(left, right, stem, general);
    }

    /**
     * A gap match as a matching question: the gaps, numbered "(1)", "(2)"… in the stem after their blank, are the
     * left items, the {@code gapText}s the right ones (unused ones distractors, one with {@code matchMax > 1} shared).
     */
    private ItemContent gapMatch(Element interaction, String stem, String general) throws Invalid {
        Map<String, String> gaps = new LinkedHashMap<>();
        for (Element gap : descendants(interaction, "gap")) {
            String id = attr(gap, "identifier");
            if (id == null) {
                throw new Invalid(AssessmentImportError.QTI_ELEMENT_NO_ID, "gap");
            }
            gaps.putIfAbsent(id, "(" + (gaps.size() + 1) + ")");
        }
        if (gaps.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_ELEMENTS, "gap");
        }
        return pairs(gaps, choiceTexts(children(interaction, "gapText"), "gapText"), stem, general);
    }

    private ItemContent pairs(Map<String, String> left, Map<String, String> right, String stem, String general)
            throws Invalid {
        List<String[]> correct = new ArrayList<>();
        for (String value : correctValues()) {
            String[] ids = value.trim().split("\\s+");
            if (ids.length != 2) {
                throw new Invalid(AssessmentImportError.QTI_PAIR_NOT_TWO, value);
            }
            if (!left.containsKey(ids[0]) && left.containsKey(ids[1]) && right.containsKey(ids[0])) {
                ids = new String[] {ids[1], ids[0]};
            }
            if (!left.containsKey(ids[0]) || !right.containsKey(ids[1])) {
                throw new Invalid(AssessmentImportError.QTI_PAIR_UNKNOWN, value);
            }
            correct.add(ids);
        }
        if (correct.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_CORRECT_PAIRS);
        }
        Map<String, Double> weights = pairWeights(correct);
        Map<String, Double> penalties = penalties(correct, right.keySet());
        List<Pair> pairs = new ArrayList<>();
        Set<String> usedRights = new java.util.HashSet<>();
        for (String leftId : left.keySet()) {
            for (String[] p : correct) {
                if (p[0].equals(leftId)) {
                    pairs.add(new Pair(left.get(leftId), right.get(p[1]), weights.get(p[0] + " " + p[1]),
                            penalties.get(leftId)));
                    usedRights.add(p[1]);
                }
            }
        }
        right.forEach((id, text) -> {
            if (!usedRights.contains(id)) {
                pairs.add(new Pair("", text));
            }
        });
        return new ItemContent(QuestionType.MATCHING, stem, null, pairs, null, general);
    }

    /**
     * The weights in per cent of the correct pairs from a per-pair mapping ({@code map_response} on directed pairs),
     * keyed "left right": 100 · mapped value / the sum of the correct pairs' positive values (what the right answer
     * earns); empty when there is no mapping or it weighs every correct pair alike (then each
     * left item earns an equal share).
     */
    private Map<String, Double> pairWeights(List<String[]> correct) throws Invalid {
        Mapping mapping = mapping();
        if (mapping == null || mapping.entries.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String[] p : correct) {
            BigDecimal v = mapping.entries.get(p[0] + " " + p[1]);
            if (v == null) {
                v = mapping.entries.get(p[1] + " " + p[0]);
            }
            values.put(p[0] + " " + p[1], v == null ? mapping.defaultValue : v);
        }
        if (values.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count() <= 1) {
            return Map.of();
        }
        BigDecimal max = values.values().stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (max.signum() <= 0) {
            throw new Invalid(AssessmentImportError.QTI_MAPPING_NO_POSITIVE);
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            weights.put(e.getKey(), Math.max(0, weight(e.getValue(), max)));
        }
        return weights;
    }

    /**
     * The penalties in per cent of the left items from a mapping that gives wrong pairs a negative value (a
     * {@code mapEntry} of the wrong pair, else the {@code defaultValue}), keyed by left identifier: 100 · value /
     * the sum of the correct pairs' positive values. A left item whose wrong pairs carry different negative values
     * gets the mildest of them (one penalty per left item is kept); none when no wrong pair is negative.
     */
    private Map<String, Double> penalties(List<String[]> correct, Set<String> rights) throws Invalid {
        Mapping mapping = mapping();
        if (mapping == null) {
            return Map.of();
        }
        Map<String, String> rightOf = new LinkedHashMap<>();
        BigDecimal max = BigDecimal.ZERO;
        for (String[] p : correct) {
            rightOf.putIfAbsent(p[0], p[1]);
            BigDecimal v = pairValue(mapping, p[0], p[1]);
            max = v.signum() > 0 ? max.add(v) : max;
        }
        Map<String, Double> penalties = new LinkedHashMap<>();
        if (max.signum() <= 0) {
            return penalties;
        }
        for (Map.Entry<String, String> e : rightOf.entrySet()) {
            BigDecimal mildest = null;
            for (String r : rights) {
                BigDecimal v = r.equals(e.getValue()) ? null : pairValue(mapping, e.getKey(), r);
                mildest = v == null || v.signum() >= 0 ? mildest : mildest == null ? v : mildest.max(v);
            }
            if (mildest != null) {
                // to four decimals, so that a written penalty (a fraction of a decimal share) reads back the same
                penalties.put(e.getKey(), Math.min(0, Math.round(weight(mildest, max) * 10_000) / 10_000.0));
            }
        }
        return penalties;
    }

    /** The mapped value of a directed pair (either way round), else the mapping's default. */
    private static BigDecimal pairValue(Mapping mapping, String left, String right) {
        BigDecimal v = mapping.entries.get(left + " " + right);
        if (v == null) {
            v = mapping.entries.get(right + " " + left);
        }
        return v == null ? mapping.defaultValue : v;
    }

    private static Map<String, String> choiceTexts(List<Element> choices, String what) throws Invalid {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element c : choices) {
            String id = attr(c, "identifier");
            if (id == null) {
                throw new Invalid(AssessmentImportError.QTI_ELEMENT_NO_ID, what);
            }
            texts.putIfAbsent(id, QtiXml.text(c));
        }
        if (texts.isEmpty()) {
            throw new Invalid(AssessmentImportError.QTI_NO_ELEMENTS, what);
        }
        return texts;
    }

    // ---------------------------------------------------------------- response declaration and processing

    private List<String> correctValues() {
        Element correct = child(declaration, "correctResponse");
        List<String> values = new ArrayList<>();
        if (correct != null) {
            for (Element v : children(correct, "value")) {
                String text = v.getTextContent().trim();
                if (!text.isEmpty()) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    private record Mapping(Map<String, BigDecimal> entries, BigDecimal defaultValue, BigDecimal upperBound) {
        BigDecimal sumOfPositives() {
            return entries.values().stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal largest() {
            return entries.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        }

        /** The score, at most the mapping's upper bound when it has one. */
        BigDecimal capped(BigDecimal score) {
            return upperBound != null && upperBound.signum() > 0 && upperBound.compareTo(score) < 0 ? upperBound
                    : score;
        }
    }

    private Mapping mapping() throws Invalid {
        Element mapping = child(declaration, "mapping");
        if (mapping == null) {
            return null;
        }
        Map<String, BigDecimal> entries = new LinkedHashMap<>();
        for (Element e : children(mapping, "mapEntry")) {
            String key = e.getAttribute("mapKey");
            if (key != null && !key.isEmpty()) {
                entries.putIfAbsent(key.trim(), decimal(attr(e, "mappedValue"), "mappedValue"));
            }
        }
        String dflt = attr(mapping, "defaultValue");
        String upper = attr(mapping, "upperBound");
        return new Mapping(entries, dflt == null ? BigDecimal.ZERO : decimal(dflt, "defaultValue"),
                upper == null ? null : decimal(upper, "upperBound"));
    }

    /** SCORE's normalMaximum, else MAXSCORE's default value; null when neither is given and positive. */
    private BigDecimal declaredMaximum() {
        for (Element o : children(root, "outcomeDeclaration")) {
            String id = attr(o, "identifier");
            try {
                if ("SCORE".equals(id) && attr(o, "normalMaximum") != null) {
                    BigDecimal max = new BigDecimal(attr(o, "normalMaximum"));
                    if (max.signum() > 0) {
                        return max;
                    }
                }
            } catch (NumberFormatException ignored) {
                // not a number: fall back to the other sources
            }
        }
        for (Element o : children(root, "outcomeDeclaration")) {
            Element dflt = child(o, "defaultValue");
            Element value = dflt == null ? null : child(dflt, "value");
            if ("MAXSCORE".equals(attr(o, "identifier")) && value != null) {
                try {
                    BigDecimal max = new BigDecimal(value.getTextContent().trim());
                    if (max.signum() > 0) {
                        return max;
                    }
                } catch (NumberFormatException ignored) {
                    // not a number
                }
            }
        }
        return null;
    }

    private BigDecimal maximum(List<Branch> scored) {
        BigDecimal max = declaredMaximum();
        if (max == null) {
            max = scored.stream().map(b -> b.score).reduce(BigDecimal.ZERO, BigDecimal::max);
        }
        return max.signum() > 0 ? max : null;
    }

    /** A weight in per cent from a score and the item's maximum, within −100…100. */
    private static double weight(BigDecimal value, BigDecimal max) {
        BigDecimal w = max.compareTo(BigDecimal.ONE) == 0 ? value.movePointRight(2)
                : value.multiply(HUNDRED).divide(max, MathContext.DECIMAL64);
        double d = w.doubleValue();
        return d == 0 ? 0.0 : Math.max(-100, Math.min(100, d));
    }

    private static BigDecimal decimal(String text, String what) throws Invalid {
        try {
            return new BigDecimal(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new Invalid(AssessmentImportError.QTI_VALUE_NOT_A_NUMBER, what, String.valueOf(text));
        }
    }

    /**
     * A condition of the response processing that compares the response with one value: {@code value} null means
     * the correct response; the branch's SCORE and the identifier it gives a feedback outcome, when it sets them.
     */
    private record Branch(String value, String toleranceMode, double[] tolerance, BigDecimal score,
            String feedbackId) {

        double tolerance(double of) {
            if (toleranceMode == null || tolerance.length == 0 || "exact".equals(toleranceMode)) {
                return 0;
            }
            double t = tolerance.length > 1 ? Math.max(tolerance[0], tolerance[1]) : tolerance[0];
            return "relative".equals(toleranceMode) ? Math.abs(of) * t / 100 : t;
        }
    }

    private List<Branch> branches() throws Invalid {
        List<Branch> branches = new ArrayList<>();
        if (processing == null) {
            return branches;
        }
        List<Element> conditions = new ArrayList<>();
        collectBranches(processing, conditions);
        for (Element branch : conditions) {
            Element expression = firstChildElement(branch);
            Element comparison = expression == null ? null : comparison(expression);
            if (comparison == null) {
                continue;
            }
            Element base = child(comparison, "baseValue");
            String value = base == null ? null : base.getTextContent().trim();
            String mode = null;
            double[] tolerance = new double[0];
            if (name(comparison).equals("equal")) {
                mode = attr(comparison, "toleranceMode");
                String t = attr(comparison, "tolerance");
                if (t != null) {
                    String[] parts = t.split("\\s+");
                    tolerance = new double[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        tolerance[i] = Math.abs(number(parts[i]));
                    }
                }
            }
            BigDecimal score = null;
            String feedbackId = null;
            for (Element set : children(branch, "setOutcomeValue")) {
                Element v = child(set, "baseValue");
                if (v == null) {
                    continue;
                }
                if ("SCORE".equals(attr(set, "identifier"))) {
                    score = decimal(v.getTextContent(), "SCORE");
                } else if ("identifier".equals(attr(v, "baseType"))) {
                    feedbackId = v.getTextContent().trim();
                }
            }
            branches.add(new Branch(value, mode, tolerance, score, feedbackId));
        }
        return branches;
    }

    private static void collectBranches(Element parent, List<Element> into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = name(e);
                if (name.equals("responseIf") || name.equals("responseElseIf")) {
                    into.add(e);
                }
                collectBranches(e, into);
            }
        }
    }

    /** The equal, match or stringMatch in the expression comparing the response with a value or the correct one. */
    private Element comparison(Element expression) {
        String name = name(expression);
        if (name.equals("equal") || name.equals("match") || name.equals("stringMatch")) {
            boolean ours = false;
            boolean other = false;
            for (Element operand : children(expression, null)) {
                String op = name(operand);
                if (op.equals("variable") && responseId.equals(attr(operand, "identifier"))) {
                    ours = true;
                } else if (op.equals("baseValue")
                        || op.equals("correct") && responseId.equals(attr(operand, "identifier"))) {
                    other = true;
                }
            }
            if (ours && other) {
                return expression;
            }
        }
        if (name.equals("and")) {
            for (Element operand : children(expression, null)) {
                Element found = comparison(operand);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
