package org.munacademy.assessment.control;

import static org.munacademy.assessment.control.QtiXml.attr;
import static org.munacademy.assessment.control.QtiXml.child;
import static org.munacademy.assessment.control.QtiXml.children;
import static org.munacademy.assessment.control.QtiXml.name;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moodle XML question files ({@code <quiz>} with one {@code <question>} per question), the format most Moodle users
 * export their question banks in.
 * <p>
 * Read are the types multichoice ({@code <single>true</single>}, the default, → SINGLE_CHOICE with the answers'
 * fractions as partial credit; {@code false} → MULTIPLE_CHOICE with the fractions as weights), truefalse (the answers
 * {@code true} and {@code false}), shortanswer (the answers as accepted texts, {@code *} a wildcard as in GIFT; {@code
 * <usecase>1</usecase>} makes every answer case-sensitive, as Moodle compares them then), numerical (each answer a
 * value with its absolute {@code tolerance} and fraction, {@code *} with fraction 0 the feedback for any other answer;
 * units are ignored), matching (each {@code subquestion} a pair, one with an empty text a distractor) and ordering (the
 * qtype_ordering plugin: the answers' fractions are their positions) and essay (template, word limits, grader
 * information, the default grade as one criterion, see {@link Reader#essay}); every other type (cloze/multianswer,
 * calculated, ddwtos, random, description…) is an error naming the type and the question.
 * <p>
 * The pseudo-question {@code <question type="category">} sets the category of the questions that follow, read as
 * GIFT reads {@code $CATEGORY:} ({@code $course$/top/Тема 1} is the tag «Тема 1»; {@code MUN-COMP/<code>/<level>}
 * gives competency and level). {@code <name><text>} is the name, made code or title as GIFT does; a valid
 * {@code <idnumber>} is the code. A question text in html or moodle_auto_format with emphasis, links, lists, code,
 * tables or MathML is kept as rich text ({@link RichHtml}). Other texts in the formats html and moodle_auto_format
 * (when it holds markup) are made plain as GIFT's {@code [html]} texts (tags dropped, blocks and line breaks
 * kept); plain_text, markdown and moodle_auto_format without markup are kept as they are (white space collapsed
 * within a line).
 * Images ({@code <img src="@@PLUGINFILE@@/name">} with the file embedded as {@code <file name=".."
 * encoding="base64">} next to the text, or a {@code data:} URI) are checked by content and become file references
 * collected in the {@link ItemMedia}. Answer feedback and {@code generalfeedback} are kept; the combined feedbacks
 * (correct, partially correct, incorrect) have no place in an item and are left out.
 * <p>
 * The XML is parsed as QTI files are ({@link QtiXml#parse}: no DOCTYPE, no entity, no external resource). Every
 * problem is collected with its question ({@code "question N"}, N counting the questions, not the categories).
 */
public final class MoodleXml {

    /** The most questions one file may hold. */
    public static final int MAX_QUESTIONS = Gift.MAX_QUESTIONS;

    private static final int MAX_ERRORS = 1_000;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern TOP = Pattern.compile("(\\$[A-Za-z0-9]+\\$/?)?(top)?/?", Pattern.CASE_INSENSITIVE);
    private static final Location FILE = Location.of(SharedPlace.FILE);
    /** A tag, a comment or an entity: a moodle_auto_format text with none of them is plain text. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]|&[#A-Za-z0-9]+;");

    private MoodleXml() {
    }

    /**
     * Whether a file is Moodle XML: its first content (after a byte order mark and white space) is {@code <?xml}
     * or {@code <quiz}.
     */
    public static boolean looksLike(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return startsWith(bytes, i, "<?xml") || startsWith(bytes, i, "<quiz");
    }

    private static boolean startsWith(byte[] bytes, int from, String prefix) {
        if (bytes.length - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase((char) bytes[from + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The questions of a Moodle XML file.
     *
     * @throws ImportRejectedException listing every problem when there is any
     */
    public static List<SourcedItem> read(byte[] xml, ItemMedia media) {
        Gift.Parsed parsed = parse(xml, media);
        if (!parsed.errors().isEmpty()) {
            throw new ImportRejectedException(parsed.errors());
        }
        return parsed.items();
    }

    /** The questions that read and the problems of those that do not (as {@link Gift#parse}). */
    public static Gift.Parsed parse(byte[] xml, ItemMedia media) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(media, "media");
        Document doc;
        try {
            doc = QtiXml.parse(xml);
        } catch (QtiXml.Invalid e) {
            return new Gift.Parsed(List.of(), List.of(e.at(FILE)));
        }
        Element root = doc.getDocumentElement();
        if (!name(root).equals("quiz")) {
            return new Gift.Parsed(List.of(), List.of(ImportError.of(FILE, AssessmentImportError.MOODLE_XML_ROOT,
                    name(root))));
        }
        Reader reader = new Reader(media);
        for (Element question : children(root, "question")) {
            if (!reader.question(question)) {
                break;
            }
        }
        List<ImportError> errors = new ArrayList<>(reader.errors);
        if (errors.size() >= MAX_ERRORS) {
            errors.add(ImportError.of(FILE, AssessmentImportError.GIFT_TOO_MANY_ERRORS, MAX_ERRORS));
        }
        return new Gift.Parsed(reader.items, errors);
    }

    /** Reads the questions one after the other, keeping the current category. */
    private static final class Reader {

        private final ItemMedia media;
        private final List<SourcedItem> items = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private String competency;
        private int level;
        private String tag;
        private int number;
        /** The question being read, for its problems. */
        private Location at = FILE;
        private int problems;

        Reader(ItemMedia media) {
            this.media = media;
        }

        /** Reads one question; false when no more should be read. */
        boolean question(Element q) {
            String type = String.valueOf(attr(q, "type")).toLowerCase(Locale.ROOT);
            if (type.equals("category")) {
                category(q);
                return errors.size() < MAX_ERRORS;
            }
            if (++number > MAX_QUESTIONS) {
                errors.add(ImportError.of(FILE, AssessmentImportError.GIFT_TOO_MANY_QUESTIONS, MAX_QUESTIONS));
                return false;
            }
            Element nameElement = child(q, "name");
            String name = nameElement == null ? "" : QtiXml.normalize(textOf(nameElement)).replace('\n', ' ');
            at = name.isEmpty() ? Location.of(AssessmentPlace.MOODLE_QUESTION_UNNAMED, number)
                    : Location.of(AssessmentPlace.MOODLE_QUESTION, number, name);
            problems = 0;
            String stemFormat = format(child(q, "questiontext"), "moodle_auto_format");
            String stem = text(child(q, "questiontext"), stemFormat, true);
            String general = text(child(q, "generalfeedback"), format(child(q, "generalfeedback"), stemFormat));
            ItemContent content = switch (type) {
                case "multichoice" -> multichoice(q, stem, general, stemFormat);
                case "truefalse" -> trueFalse(q, stem, general, stemFormat);
                case "shortanswer" -> shortAnswer(q, stem, general, stemFormat);
                case "numerical" -> numerical(q, stem, general, stemFormat);
                case "matching" -> matching(q, stem, general, stemFormat);
                case "ordering" -> ordering(q, stem, general, stemFormat);
                case "essay" -> essay(q, stem, general, stemFormat);
                default -> {
                    problem(AssessmentImportError.MOODLE_TYPE_UNSUPPORTED, type, name);
                    yield null;
                }
            };
            if (content != null && problems == 0) {
                String idnumber = child(q, "idnumber") == null ? null : textOf(child(q, "idnumber")).strip();
                Gift.Named named = Gift.named(name.isEmpty() ? null : name, Gift.isCode(idnumber) ? idnumber : null);
                items.add(new SourcedItem(at, new BankItem(named.code(), competency, level, Difficulty.MEDIUM,
                        content, named.title(), tag)));
            }
            return errors.size() < MAX_ERRORS;
        }

        /**
         * An essay: the stem, {@code responsetemplate} as the answer's template, {@code minwordlimit} and
         * {@code maxwordlimit} as limits in words, {@code graderinfo} as the grader's note and one criterion worth
         * {@code defaultgrade} points (1 when absent; Moodle grades an essay by one mark). Attachments are not taken:
         * the answer is the text.
         */
        private ItemContent essay(Element q, String stem, String general, String format) {
            Double grade = child(q, "defaultgrade") == null ? Double.valueOf(1)
                    : number("defaultgrade", textOf(child(q, "defaultgrade")));
            Integer min = wordLimit(q, "minwordlimit");
            Integer max = wordLimit(q, "maxwordlimit");
            if (grade == null || problems > 0) {
                return null;
            }
            String template = text(child(q, "responsetemplate"), format(child(q, "responsetemplate"), format));
            String note = text(child(q, "graderinfo"), format(child(q, "graderinfo"), format));
            return ItemContent.essay(stem, new ItemContent.Essay(template, ItemContent.LengthUnit.WORDS, min, max,
                    List.of(new ItemContent.Criterion("Оценка", grade > 0 && grade <= 100 ? grade : 1)), note),
                    general);
        }

        /** A word limit element: empty or 0 is none. */
        private Integer wordLimit(Element q, String name) {
            Element e = child(q, name);
            String raw = e == null ? "" : textOf(e).strip();
            if (raw.isEmpty()) {
                return null;
            }
            Double n = number(name, raw);
            return n == null || n <= 0 ? null : (int) Math.round(n);
        }

        private void category(Element q) {
            Element c = child(q, "category");
            String raw = c == null ? "" : QtiXml.normalize(textOf(c)).replace('\n', ' ');
            if (TOP.matcher(raw).matches()) {
                competency = null;
                level = 0;
                tag = null;
                return;
            }
            Gift.Category category = Gift.category(raw);
            competency = category.competency();
            level = category.level();
            tag = category.tag();
            if (!category.valid()) {
                errors.add(ImportError.of(FILE, AssessmentImportError.GIFT_CATEGORY_INVALID, raw,
                        Gift.COMPETENCY_CATEGORY));
            }
        }

        // ------------------------------------------------------------------------------------- types

        private ItemContent multichoice(Element q, String stem, String general, String format) {
            List<Option> options = options(q, false, format, "multichoice");
            if (options == null) {
                return null;
            }
            Element single = child(q, "single");
            String value = single == null ? "true" : textOf(single).strip().toLowerCase(Locale.ROOT);
            boolean one = !value.equals("false") && !value.equals("0");
            return new ItemContent(one ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, stem, options,
                    null, null, general);
        }

        private ItemContent trueFalse(Element q, String stem, String general, String format) {
            List<Element> answers = children(q, "answer");
            if (answers.isEmpty()) {
                problem(AssessmentImportError.MOODLE_NO_ANSWERS, "truefalse");
                return null;
            }
            Option yes = null;
            Option no = null;
            for (int i = 0; i < answers.size(); i++) {
                Element a = answers.get(i);
                String word = QtiXml.normalize(textOf(child(a, "text"))).toLowerCase(Locale.ROOT);
                boolean isTrue = word.equals("true") || !word.equals("false") && i == 0;
                Double weight = fraction(a);
                String feedback = text(child(a, "feedback"), format(child(a, "feedback"), format));
                if (weight == null) {
                    continue;
                }
                Option o = Option.choice(isTrue ? ItemContent.TRUE_TEXT : ItemContent.FALSE_TEXT, weight, feedback);
                if (isTrue) {
                    yes = o;
                } else {
                    no = o;
                }
            }
            if (yes == null || no == null) {
                return problems > 0 ? null : new ItemContent(QuestionType.TRUE_FALSE, stem, java.util.stream.Stream
                        .of(yes, no).filter(Objects::nonNull).toList(), null, null, general); // the bank says why
            }
            return new ItemContent(QuestionType.TRUE_FALSE, stem, List.of(yes, no), null, null, general);
        }

        private ItemContent shortAnswer(Element q, String stem, String general, String format) {
            List<Option> options = options(q, true, format, "shortanswer");
            if (options == null) {
                return null;
            }
            Element usecase = child(q, "usecase");
            String flag = usecase == null ? "0" : textOf(usecase).strip();
            if (flag.equals("1") || flag.equalsIgnoreCase("true")) { // Moodle compares with case then
                options = options.stream().map(o -> Option.caseSensitive(o.text(), o.weight(), o.feedback())).toList();
            }
            return new ItemContent(QuestionType.SHORT_TEXT, stem, options, null, null, general);
        }

        private ItemContent numerical(Element q, String stem, String general, String format) {
            List<Element> answers = children(q, "answer");
            if (answers.isEmpty()) {
                problem(AssessmentImportError.MOODLE_NO_ANSWERS, "numerical");
                return null;
            }
            List<Option> options = new ArrayList<>();
            Option other = null;
            for (Element a : answers) {
                String raw = QtiXml.normalize(textOf(child(a, "text")));
                Double weight = fraction(a);
                String feedback = text(child(a, "feedback"), format(child(a, "feedback"), format));
                if (weight == null) {
                    continue;
                }
                if (raw.equals(ItemContent.OTHER_ANSWER) && weight == 0) {
                    other = Option.choice(ItemContent.OTHER_ANSWER, 0, feedback);
                    continue;
                }
                Double value = number("answer", raw);
                Element t = child(a, "tolerance");
                Double tolerance = t == null || textOf(t).isBlank() ? Double.valueOf(0)
                        : number("tolerance", textOf(t).strip());
                if (value != null && tolerance != null) {
                    options.add(Option.number(value, Math.abs(tolerance), weight, feedback));
                }
            }
            if (other != null && other.feedback() != null) {
                options.add(other);
            }
            return new ItemContent(QuestionType.NUMERIC, stem, options, null, null, general);
        }

        private ItemContent matching(Element q, String stem, String general, String format) {
            List<Pair> pairs = new ArrayList<>();
            for (Element s : children(q, "subquestion")) {
                String left = text(s, format(s, format));
                Element answer = child(s, "answer");
                String right = answer == null ? "" : QtiXml.normalize(textOf(child(answer, "text")));
                if (!left.isEmpty() || !right.isEmpty()) {
                    pairs.add(new Pair(left, right));
                }
            }
            if (pairs.isEmpty()) {
                problem(AssessmentImportError.MOODLE_NO_ANSWERS, "matching");
                return null;
            }
            return new ItemContent(QuestionType.MATCHING, stem, null, pairs, null, general);
        }

        private ItemContent ordering(Element q, String stem, String general, String format) {
            record Placed(double position, int index, String text) {
            }
            List<Placed> placed = new ArrayList<>();
            List<Element> answers = children(q, "answer");
            for (int i = 0; i < answers.size(); i++) {
                Element a = answers.get(i);
                Double position = fraction(a);
                if (position != null) {
                    placed.add(new Placed(position, i, text(a, format(a, format))));
                }
            }
            if (answers.isEmpty()) {
                problem(AssessmentImportError.MOODLE_NO_ANSWERS, "ordering");
                return null;
            }
            List<String> sequence = placed.stream().sorted(Comparator.comparingDouble(Placed::position)
                    .thenComparingInt(Placed::index)).map(Placed::text).toList();
            return new ItemContent(QuestionType.ORDERING, stem, null, null, sequence, general);
        }

        /**
         * The answers of a choice or short-answer question (the text of a short answer taken as it is, never as
         * HTML), or null (with the problem) when there are none.
         */
        private List<Option> options(Element q, boolean plain, String format, String type) {
            List<Element> answers = children(q, "answer");
            if (answers.isEmpty()) {
                problem(AssessmentImportError.MOODLE_NO_ANSWERS, type);
                return null;
            }
            List<Option> options = new ArrayList<>();
            for (Element a : answers) {
                Double weight = fraction(a);
                String text = plain ? QtiXml.normalize(textOf(child(a, "text"))) : text(a, format(a, format));
                String feedback = text(child(a, "feedback"), format(child(a, "feedback"), format));
                if (weight != null) {
                    options.add(Option.choice(text, weight, feedback));
                }
            }
            return options;
        }

        // ------------------------------------------------------------------------------------- values

        /** The {@code fraction} of an answer (per cent; for ordering, the position), 0 when absent. */
        private Double fraction(Element answer) {
            String raw = attr(answer, "fraction");
            return raw == null ? Double.valueOf(0) : number("fraction", raw);
        }

        private Double number(String where, String raw) {
            String s = raw.strip();
            if (!NUMBER.matcher(s).matches() || !Double.isFinite(Double.parseDouble(s))) {
                problem(AssessmentImportError.MOODLE_NOT_NUMBER, where, s.length() <= 40 ? s : s.substring(0, 40)
                        + "…");
                return null;
            }
            return Double.parseDouble(s);
        }

        // ------------------------------------------------------------------------------------- texts

        /** The format a text element declares, else the given one. */
        private static String format(Element e, String otherwise) {
            String f = e == null ? null : attr(e, "format");
            return f == null ? otherwise : f.toLowerCase(Locale.ROOT);
        }

        /**
         * The plain text of an element holding {@code <text>} (and {@code <file>}s) in a format: HTML (html,
         * moodle_auto_format, and any unknown format) made plain with its images as file references; plain_text and
         * markdown as they are, trimmed. "" for a missing element.
         */
        private String text(Element holder, String format) {
            return text(holder, format, false);
        }

        /** {@link #text(Element, String)}; with {@code rich}, HTML with what plain text loses is rich text. */
        private String text(Element holder, String format, boolean rich) {
            if (holder == null) {
                return "";
            }
            Element t = child(holder, "text");
            String raw = t == null ? "" : textOf(t).replace("\r\n", "\n").replace('\r', '\n');
            switch (format) {
                case "plain_text", "markdown" -> {
                    return raw.strip();
                }
                case "moodle_auto_format" -> {
                    if (!MARKUP.matcher(raw).find()) {
                        return QtiXml.normalize(raw); // plain text: a "<" is a character, lines are kept
                    }
                    raw = raw.replace("\n", "<br>");
                }
                default -> {
                    // html
                }
            }
            Map<String, String> files = new HashMap<>();
            for (Element f : children(holder, "file")) {
                String name = attr(f, "name");
                if (name != null) {
                    String path = String.valueOf(attr(f, "path"));
                    String folder = path.equals("null") ? "" : path.replaceAll("^/+", "");
                    files.put(folder.isEmpty() || folder.endsWith("/") ? folder + name : folder + "/" + name,
                            textOf(f));
                }
            }
            String withImages = Gift.images(raw, (src, alt) -> image(src, alt, files), this::refused);
            return rich ? RichHtml.richOrPlain(withImages, () -> Gift.htmlText(withImages)) : Gift.htmlText(withImages);
        }

        private String image(String src, String alt, Map<String, String> files) throws ItemMedia.Refused {
            if (src.regionMatches(true, 0, "data:", 0, 5)) {
                return media.dataUri(src, alt);
            }
            if (src.startsWith(ItemMedia.PLUGINFILE)) {
                String name = Gift.pluginFile(src);
                String base64 = files.get(name);
                if (base64 == null) {
                    throw new ItemMedia.Refused(AssessmentImportError.MOODLE_FILE_MISSING, name);
                }
                byte[] bytes;
                try {
                    bytes = Base64.getMimeDecoder().decode(base64.strip());
                } catch (IllegalArgumentException e) {
                    throw new ItemMedia.Refused(AssessmentImportError.IMAGE_DATA_DAMAGED);
                }
                return media.add(bytes, name, alt);
            }
            if (src.isEmpty()) {
                throw new ItemMedia.Refused(AssessmentImportError.IMAGE_NO_SOURCE, "src");
            }
            String cut = src.length() <= 40 ? src : src.substring(0, 40) + "…";
            throw new ItemMedia.Refused(AssessmentImportError.GIFT_IMAGE_EXTERNAL, cut);
        }

        private static String textOf(Element e) {
            return e == null ? "" : e.getTextContent();
        }

        // ------------------------------------------------------------------------------------- problems

        private void problem(AssessmentImportError code, Object... args) {
            problems++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(ImportError.of(at, code, args));
            }
        }

        private void refused(ItemMedia.Refused refused) {
            problems++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(refused.at(at));
            }
        }
    }
}
