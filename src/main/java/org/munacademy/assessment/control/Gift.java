package org.munacademy.assessment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

/**
 * Moodle GIFT question files, the format methodologists exchange with Moodle and write by hand.
 * <p>
 * Moodle's documented syntax is read: {@code //} comment lines, questions separated by blank lines, {@code ::name::}
 * (the item code when it fits {@code [A-Za-z0-9._-]{1,60}}, else its title, the bank making the code),
 * {@code $CATEGORY:} lines (a category that names no competency is the items' category tag; {@value
 * #UNKNOWN_CATEGORY} is none), the format markers {@code [html]}, {@code [moodle]}, {@code [plain]},
 * {@code [markdown]}, the escapes {@code \~ \= \# \{ \} \: \\ \n} and the answer blocks of single and multiple
 * choice, true/false, short answer, numeric and matching questions, with per-answer feedback and {@code ####}
 * general feedback. Our extensions:
 * <ul>
 * <li>ordering: {@code {>first >second >third}}, a literal {@code >} written {@code \>};</li>
 * <li>{@code $CATEGORY: MUN-COMP/<competency code>/<level>} (optionally after {@code $course$/}, {@code $system$/}
 * or {@code top/}) gives the competency and level of the questions that follow; any other category leaves them
 * unknown;</li>
 * <li>a comment line directly before a question, {@code // [difficulty: easy|medium|hard]} (or лёгкий, средний,
 * сложный), gives its difficulty (MEDIUM when absent); {@code [multiple]} in that line makes a choice question
 * with one right answer weighing 100 a MULTIPLE_CHOICE one; {@code [code: X]} gives the code of a question whose
 * name is a title, {@code [category: a/b]} the category tag of a question with a competency (both written by our
 * export), {@code [rubric: Полнота=2; Аргументация=3]} the grading criteria of an essay (an empty answer block,
 * Moodle's essay) with their maximum points.</li>
 * </ul>
 * Reading is all or nothing: every problem of the file is collected with its line number and one
 * {@link ImportRejectedException} refuses the whole file. Texts are plain text, without leading and trailing
 * white space.
 */
public final class Gift {

    /** The longest text {@link #read} accepts, in characters. */
    public static final int MAX_CHARS = 5_000_000;
    /** The most questions {@link #read} accepts in one file. */
    public static final int MAX_QUESTIONS = 5_000;
    /** The first element of the category paths that carry competency and level. */
    public static final String COMPETENCY_CATEGORY = "MUN-COMP";
    /** The category {@link #write} gives questions whose competency is unknown. */
    public static final String UNKNOWN_CATEGORY = "imported";
    /** What replaces the answer block in the stem when text follows the block ("missing word" questions). */
    public static final String GAP = "_____";

    private static final int MAX_ERRORS = 1_000;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern MARKER = Pattern.compile("^\\[(html|moodle|plain|markdown)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIFFICULTY = Pattern.compile("\\[\\s*difficulty\\s*:\\s*([^\\]]*?)\\s*]",
            Pattern.CASE_INSENSITIVE);
    /** Our extension for essays: {@code [rubric: Полнота=2; Аргументация=3]}, criteria with their maxima. */
    private static final Pattern META_RUBRIC = Pattern.compile("\\[\\s*rubric\\s*:\\s*([^\\]\\n]*?)\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTIPLE = Pattern.compile("\\[\\s*multiple\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CODE = Pattern.compile("\\[\\s*code\\s*:\\s*([^\\]]*?)\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CATEGORY = Pattern.compile("\\[\\s*category\\s*:\\s*([^\\]\\n]*?)\\s*]",
            Pattern.CASE_INSENSITIVE);
    /** A question name that is also a question code. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Pattern SERVICE_PREFIX = Pattern.compile("^\\$[A-Za-z0-9]+\\$/");
    private static final String ESCAPABLE = "~=#{}:\\>";
    /** An answer block, as the texts show it. */
    private static final String BLOCK = "{…}";
    private static final Pattern IMAGE_TAG = Pattern.compile("<\\s*(img|object)\\b", Pattern.CASE_INSENSITIVE);

    private Gift() {
    }

    /**
     * Reads the questions of a GIFT file, each with its location {@code "line N"} (the line where it starts).
     *
     * @throws ImportRejectedException when there is any problem, listing every one (up to 1000) with the line of
     *         the mistake ({@code "file"} for a text longer than {@link #MAX_CHARS})
     */
    public static List<SourcedItem> read(String text) {
        return read(text, new ItemMedia());
    }

    /**
     * Reads the questions like {@link #read(String)}; the images of {@code [html]} texts ({@code <img>} with a
     * {@code data:} URI, or {@code @@PLUGINFILE@@/name} found among the media's files) become file references and
     * are collected in {@code media}. An image that cannot be read (another address, not an image by content, a
     * missing file) is an error of its question, never dropped silently.
     */
    public static List<SourcedItem> read(String text, ItemMedia media) {
        Parsed parsed = parse(text, media);
        if (!parsed.errors().isEmpty()) {
            throw new ImportRejectedException(parsed.errors());
        }
        return parsed.items();
    }

    /**
     * The questions of a GIFT file that read and the problems of those that do not (each problem at its line, with
     * the question's title when it has one), so that a caller can add its own checks of the good ones and refuse
     * the file with every problem at once. Nothing is read of a text longer than {@link #MAX_CHARS}.
     */
    public static Parsed parse(String text, ItemMedia media) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(media, "media");
        if (text.length() > MAX_CHARS) {
            return new Parsed(List.of(), List.of(ImportError.of(Location.of(SharedPlace.FILE),
                    AssessmentImportError.GIFT_TOO_LONG, MAX_CHARS, text.length())));
        }
        return new Reader(media).read(text);
    }

    /** The questions that read, and the problems of the file (none when all is well). */
    public record Parsed(List<SourcedItem> items, List<ImportError> errors) {
        public Parsed {
            items = List.copyOf(items);
            errors = List.copyOf(errors);
        }
    }

    /** Where a question (or a problem in it) is: its line, with its title when it has one. */
    private static Location where(int line, String title) {
        return title == null ? Location.of(SharedPlace.LINE, line)
                : Location.of(AssessmentPlace.GIFT_QUESTION, line, title);
    }

    /**
     * Writes the items as GIFT, grouped by category (competency and level) in the order each category first
     * appears, so that {@link #read} gives back equal items (in that grouped order).
     *
     * @throws IllegalArgumentException for an item GIFT cannot carry: a numeric option without a finite value, a
     *         true/false question without exactly two options, a competency code that is blank, has a line
     *         break or surrounding white space, a negative level
     */
    public static String write(List<BankItem> items) {
        return write(items, ItemMedia.Source.NONE);
    }

    /**
     * Writes the items like {@link #write(List)}; a text that shows images the source has is written as
     * {@code [html]} with each image embedded as a {@code data:} URI (so that the file carries its images and
     * {@link #read} gives back the same references); a reference the source lacks stays as text.
     */
    public static String write(List<BankItem> items, ItemMedia.Source media) {
        Writer writer = new Writer(media);
        Map<String, List<BankItem>> groups = new LinkedHashMap<>();
        for (BankItem item : items) {
            groups.computeIfAbsent(category(item), k -> new ArrayList<>()).add(item);
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((category, group) -> {
            out.append("$CATEGORY: ").append(category).append("\n\n");
            group.forEach(item -> writer.question(out, item));
        });
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------- writing

    private enum Escape {
        NONE, ARROW, GT
    }

    private static String category(BankItem item) {
        String code = item.competencyCode();
        if (code == null) {
            return item.category() == null ? UNKNOWN_CATEGORY : oneLine(item.category());
        }
        if (code.isBlank() || code.strip().length() != code.length() || code.indexOf('\n') >= 0
                || code.indexOf('\r') >= 0 || item.level() < 0) {
            throw new IllegalArgumentException("item " + item.code() + ": competency '" + code + "' level "
                    + item.level() + " cannot be written as a GIFT category");
        }
        return COMPETENCY_CATEGORY + "/" + code + "/" + item.level();
    }

    /** Writes questions; knows the files their texts show. */
    private static final class Writer {

        private final ItemMedia.Source media;
        /** Whether the current question's stem is written as HTML. */
        private boolean html;

        Writer(ItemMedia.Source media) {
            this.media = media;
        }

        private void question(StringBuilder out, BankItem item) {
            ItemContent c = item.content();
            // the other texts of a question inherit its stem's format: with an HTML stem, each says [html] itself
            html = showsImages(c.stem()) || RichText.isRich(c.stem());
            out.append("// [difficulty: ").append(item.difficulty().name().toLowerCase(Locale.ROOT)).append(']');
            if (c.type() == QuestionType.MULTIPLE_CHOICE && readsAsSingle(c.options())) {
                out.append(" [multiple]");
            }
            boolean coded = item.code() != null && !item.code().isBlank();
            if (coded && item.title() != null && !item.title().equals(item.code().strip())) {
                out.append(" [code: ").append(item.code().strip()).append(']');
            }
            if (c.type() == QuestionType.ESSAY) {
                out.append(" [rubric: ").append(c.essay().rubric().stream()
                        .map(r -> oneLine(r.name()).replaceAll("[\\];=]", " ").strip() + "=" + number(r.maxPoints()))
                        .collect(java.util.stream.Collectors.joining("; "))).append(']');
            }
            if (item.competencyCode() != null && item.category() != null) {
                out.append(" [category: ").append(oneLine(item.category()).replace(']', ')')).append(']');
            }
            out.append('\n');
            String name = item.title() != null ? oneLine(item.title()) : coded ? item.code().strip() : null;
            boolean titled = name != null;
            if (titled) {
                out.append("::").append(escape(name, Escape.NONE)).append("::");
            }
            String stem = text(c.stem(), Escape.NONE);
            if (!titled && stem.startsWith("//")) {
                stem = "[plain]" + stem;
            }
            out.append(stem).append(c.type() == QuestionType.NUMERIC ? " {#\n" : " {\n");
            switch (c.type()) {
                case SINGLE_CHOICE -> c.options().forEach(o -> {
                    String prefix = same(o.weight(), 100) ? "=" : same(o.weight(), 0) ? "~" : "~%" + weight(o) + "%";
                    answer(out, prefix, o);
                });
                case MULTIPLE_CHOICE -> c.options().forEach(o -> answer(out, "~%" + weight(o) + "%", o));
                case SHORT_TEXT -> c.options().forEach(o -> answer(out, same(o.weight(), 100) ? "=" : "=%" + weight(o)
                        + "%", o));
                case TRUE_FALSE -> trueFalse(out, item);
                case NUMERIC -> c.options().forEach(o -> {
                    if (ItemContent.otherAnswer(o)) {
                        return; // written last
                    }
                    if (o.value() == null || !Double.isFinite(o.value())
                            || o.tolerance() != null && !Double.isFinite(o.tolerance())) {
                        throw new IllegalArgumentException("item " + item.code() + ": a numeric option needs a finite "
                                + "value and tolerance");
                    }
                    out.append("\t=").append(same(o.weight(), 100) ? "" : "%" + weight(o) + "%")
                            .append(number(o.value())).append(':')
                            .append(number(o.tolerance() == null ? 0 : o.tolerance())).append(feedback(o.feedback()))
                            .append('\n');
                });
                case MATCHING -> c.pairs().forEach(p -> out.append("\t=").append(text(p.left(), Escape.ARROW))
                        .append(" -> ").append(text(p.right(), Escape.ARROW)).append('\n'));
                case ORDERING -> c.sequence().forEach(s -> out.append("\t>").append(text(s, Escape.GT)).append('\n'));
                case ESSAY -> {
                    // an empty block: the rubric and limits stay in the bank (GIFT has no syntax for them)
                }
                default -> throw new IllegalArgumentException("unknown question type " + c.type());
            }
            if (c.type() == QuestionType.NUMERIC) {
                c.options().stream().filter(o -> ItemContent.otherAnswer(o) && o.feedback() != null).findFirst()
                        .ifPresent(o -> out.append("\t~").append(feedback(o.feedback())).append('\n'));
            }
            if (c.generalFeedback() != null) {
                out.append("\t####").append(text(c.generalFeedback(), Escape.NONE)).append('\n');
            }
            out.append("}\n\n");
        }

        private void answer(StringBuilder out, String prefix, Option o) {
            String text = text(o.text(), Escape.ARROW);
            if (prefix.length() == 1 && text.startsWith("%")) {
                prefix = prefix + "%" + weight(o) + "%"; // a leading % would be read as a weight
            }
            out.append('\t').append(prefix).append(text).append(feedback(o.feedback())).append('\n');
        }

        private void trueFalse(StringBuilder out, BankItem item) {
            List<Option> options = item.content().options();
            if (options.size() != 2) {
                throw new IllegalArgumentException("item " + item.code() + ": a true/false question needs two options");
            }
            boolean isTrue = options.get(0).weight() > options.get(1).weight();
            String right = (isTrue ? options.get(0) : options.get(1)).feedback();
            String wrong = (isTrue ? options.get(1) : options.get(0)).feedback();
            out.append('\t').append(isTrue ? "TRUE" : "FALSE");
            if (wrong != null || right != null) {
                out.append('#').append(wrong == null ? "" : text(wrong, Escape.NONE));
            }
            if (right != null) {
                out.append('#').append(text(right, Escape.NONE));
            }
            out.append('\n');
        }

        private static boolean readsAsSingle(List<Option> options) {
            return options.stream().filter(o -> o.weight() > 0).count() == 1
                    && options.stream().allMatch(o -> o.weight() == 0 || o.weight() == 100);
        }

        private String feedback(String feedback) {
            return feedback == null ? "" : "#" + text(feedback, Escape.NONE);
        }

        private String text(String raw, Escape mode) {
            if (RichText.isRich(raw)) {
                return "[html]" + escape(richHtml(raw), mode);
            }
            String stripped = raw == null ? "" : raw.strip();
            if (html || showsImages(stripped)) {
                return "[html]" + escape(html(stripped), mode);
            }
            String escaped = escape(stripped, mode);
            return MARKER.matcher(escaped).find() ? "[plain]" + escaped : escaped;
        }

        private boolean showsImages(String text) {
            return text != null && RichText.files(text).stream().anyMatch(sha -> media.image(sha).isPresent());
        }

        /** A text with its images as HTML: text escaped, line breaks as {@code <br>}, images as data: URIs. */
        private String html(String text) {
            StringBuilder b = new StringBuilder();
            for (FileRefs.Part part : FileRefs.parts(text)) {
                if (part instanceof FileRefs.Ref ref && media.image(ref.sha256()).isPresent()) {
                    ItemMedia.Image image = media.image(ref.sha256()).get();
                    b.append("<img src=\"data:").append(image.type().mediaType()).append(";base64,")
                            .append(java.util.Base64.getEncoder().encodeToString(image.bytes()))
                            .append("\" alt=\"").append(htmlEscape(ref.alt())).append("\">");
                } else {
                    String t = part instanceof FileRefs.Text plain ? plain.text()
                            : FileRefs.reference(((FileRefs.Ref) part).sha256(), ((FileRefs.Ref) part).alt());
                    b.append(htmlEscape(t).replace("\n", "<br>"));
                }
            }
            return b.toString();
        }

        /** A rich text's HTML, its images as data: URIs (one the source lacks as a file reference). */
        private String richHtml(String rich) {
            return RichHtml.xhtml(rich, sha -> media.image(sha).map(image -> "data:"
                    + image.type().mediaType() + ";base64," + java.util.Base64.getEncoder()
                            .encodeToString(image.bytes())).orElse(null));
        }

        private static String htmlEscape(String t) {
            return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    private static String escape(String raw, Escape mode) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(ch);
                case '\n' -> b.append("\\n");
                case '>' -> b.append(mode == Escape.GT || mode == Escape.ARROW && i > 0 && s.charAt(i - 1) == '-'
                        ? "\\>" : ">");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }

    /** A weight as an integer when integral, else with up to 5 decimals when that reads back exactly. */
    private static String weight(Option o) {
        double w = o.weight();
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("weight " + w + " of option '" + o.text() + "' is not finite");
        }
        if (w == Math.rint(w) && Math.abs(w) < 1e15) {
            return same(w, -0.0) ? "-0" : Long.toString((long) w);
        }
        String five = BigDecimal.valueOf(w).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return same(Double.parseDouble(five), w) ? five : number(w);
    }

    /** The shortest plain decimal that reads back as exactly {@code d}. */
    private static String number(double d) {
        return same(d, -0.0) ? "-0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------------------------------------- reading

    private enum Format {
        MOODLE, HTML, PLAIN, MARKDOWN
    }

    /** One problem of the file: a code with its arguments, or an image that was refused. */
    private record Problem(int line, ItemMedia.Refused refused, AssessmentImportError code, Object... args) {
    }

    /** A problem with the title of the question it is in (null when none). */
    private record Titled(Problem problem, String title) {
    }

    private record Meta(Difficulty difficulty, boolean multiple, String code, String category, String rubric) {
    }

    /** The essay part of {@code [rubric: name=max; …]}; null (one criterion of 1 point) when absent or unreadable. */
    private static ItemContent.Essay essay(String rubric) {
        if (rubric == null || rubric.isBlank()) {
            return null;
        }
        List<ItemContent.Criterion> criteria = new ArrayList<>();
        for (String part : rubric.split(";")) {
            int eq = part.lastIndexOf('=');
            if (part.isBlank() || eq < 0) {
                continue;
            }
            try {
                criteria.add(new ItemContent.Criterion(part.substring(0, eq).strip(),
                        Double.parseDouble(part.substring(eq + 1).strip().replace(',', '.'))));
            } catch (NumberFormatException e) {
                // an unreadable maximum: the criterion is left out and the bank's checks report a missing rubric
            }
        }
        return new ItemContent.Essay(null, ItemContent.LengthUnit.WORDS, null, null, criteria, null);
    }

    private record Formatted(Format format, String text) {
    }

    /** An answer of a block: the character that starts it and the range after that character. */
    private record Answer(char kind, int from, int to) {
    }

    private record Weighted(double weight, int textFrom) {
    }

    private static final class Reader {

        private final ItemMedia media;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Titled> titled = new ArrayList<>();
        /** The title of the question being read, for its problems. */
        private String title;
        private final List<SourcedItem> items = new ArrayList<>();
        private String competency;
        private int level;
        /** The category that names no competency, kept as the questions' tag. */
        private String tag;

        private String[] lines;
        private int start = -1;
        private final List<Integer> body = new ArrayList<>();
        private Meta meta;
        private boolean truncated;
        /** The first line of the question being read, for the errors of its images. */
        private int questionLine;

        Reader(ItemMedia media) {
            this.media = media;
        }

        /** {@link Gift#format}, with the images of HTML texts made references (or errors of the question). */
        private Formatted format(String raw, Format inherited) {
            return Gift.format(raw, inherited, this::images, false);
        }

        /** A question's stem: an {@code [html]} or {@code [markdown]} one with emphasis, links etc. is rich text. */
        private Formatted stem(String raw) {
            return Gift.format(raw, Format.MOODLE, this::images, true);
        }

        /** The HTML with every {@code <img>} and {@code <object>} replaced by a file reference. */
        private String images(String html) {
            return Gift.images(html, this::image, refused -> refusedImage(questionLine, refused));
        }

        private String image(String src, String alt) throws ItemMedia.Refused {
            if (src.regionMatches(true, 0, "data:", 0, 5)) {
                return media.dataUri(src, alt);
            }
            if (src.startsWith(ItemMedia.PLUGINFILE)) {
                String name = pluginFile(src);
                if (media.has(name)) {
                    return media.file(name, alt);
                }
                throw new ItemMedia.Refused(AssessmentImportError.GIFT_IMAGE_PLUGINFILE, name);
            }
            if (src.isEmpty()) {
                throw new ItemMedia.Refused(AssessmentImportError.IMAGE_NO_SOURCE, "src");
            }
            throw new ItemMedia.Refused(AssessmentImportError.GIFT_IMAGE_EXTERNAL, excerpt(src));
        }

        Parsed read(String text) {
            lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            if (lines[0].startsWith("\uFEFF")) {
                lines[0] = lines[0].substring(1);
            }
            List<Integer> comments = new ArrayList<>();
            int questions = 0;
            for (int i = 0; i < lines.length && !truncated; i++) {
                String t = lines[i].strip();
                if (t.isEmpty()) {
                    flush();
                    comments.clear();
                } else if (t.startsWith("//")) {
                    if (start < 0) {
                        comments.add(i);
                    }
                } else if (t.regionMatches(true, 0, "$CATEGORY:", 0, 10)) {
                    flush();
                    comments.clear();
                    category(i + 1, t.substring(10).strip());
                } else {
                    if (start < 0) {
                        if (++questions > MAX_QUESTIONS) {
                            problem(i + 1, AssessmentImportError.GIFT_TOO_MANY_QUESTIONS, MAX_QUESTIONS);
                            break;
                        }
                        start = i;
                        meta = meta(comments);
                        comments.clear();
                    }
                    body.add(i);
                }
            }
            flush();
            List<ImportError> errors = new ArrayList<>();
            titled.stream().sorted(Comparator.comparingInt(t -> t.problem().line())).forEach(t -> {
                Problem p = t.problem();
                Location at = where(p.line(), t.title());
                errors.add(p.refused() != null ? p.refused().at(at) : ImportError.of(at, p.code(), p.args()));
            });
            if (truncated) {
                errors.add(ImportError.of(Location.of(SharedPlace.FILE), AssessmentImportError.GIFT_TOO_MANY_ERRORS,
                        MAX_ERRORS));
            }
            return new Parsed(items, errors);
        }

        private void problem(int line, AssessmentImportError code, Object... args) {
            add(new Problem(line, null, code, args));
        }

        private void refusedImage(int line, ItemMedia.Refused refused) {
            add(new Problem(line, refused, null));
        }

        private void add(Problem problem) {
            if (problems.size() < MAX_ERRORS) {
                problems.add(problem);
                titled.add(new Titled(problem, title));
            } else {
                truncated = true;
            }
        }

        /** Whether a problem was found since there were {@code before} of them. */
        private boolean failed(int before) {
            return problems.size() > before || truncated;
        }

        private Meta meta(List<Integer> comments) {
            Difficulty difficulty = Difficulty.MEDIUM;
            boolean multiple = false;
            String code = null;
            String category = null;
            for (int i : comments) {
                Matcher c = META_CODE.matcher(lines[i]);
                if (c.find()) {
                    if (CODE.matcher(c.group(1)).matches()) {
                        code = c.group(1);
                    } else {
                        problem(i + 1, AssessmentImportError.GIFT_CODE_INVALID, c.group(1));
                    }
                }
                Matcher g = META_CATEGORY.matcher(lines[i]);
                if (g.find() && !g.group(1).isBlank()) {
                    category = g.group(1);
                }
                Matcher m = DIFFICULTY.matcher(lines[i]);
                if (m.find()) {
                    Difficulty d = difficulty(m.group(1));
                    if (d == null) {
                        problem(i + 1, AssessmentImportError.GIFT_DIFFICULTY_UNKNOWN, m.group(1));
                    } else {
                        difficulty = d;
                    }
                }
                multiple |= MULTIPLE.matcher(lines[i]).find();
            }
            String rubric = null;
            for (int i : comments) {
                Matcher r = META_RUBRIC.matcher(lines[i]);
                if (r.find()) {
                    rubric = r.group(1);
                }
            }
            return new Meta(difficulty, multiple, code, category, rubric);
        }

        private static Difficulty difficulty(String word) {
            return switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "easy", "лёгкий", "легкий" -> Difficulty.EASY;
                case "medium", "средний" -> Difficulty.MEDIUM;
                case "hard", "сложный" -> Difficulty.HARD;
                default -> null;
            };
        }

        private void category(int line, String raw) {
            Category c = Gift.category(raw);
            competency = c.competency();
            level = c.level();
            tag = c.tag();
            if (!c.valid()) {
                problem(line, AssessmentImportError.GIFT_CATEGORY_INVALID, raw, COMPETENCY_CATEGORY);
            }
        }

        private void flush() {
            if (start < 0) {
                return;
            }
            Src q = new Src();
            for (int k = 0; k < body.size(); k++) {
                if (k > 0) {
                    q.add('\n', false, body.get(k - 1) + 1);
                }
                q.addLine(lines[body.get(k)], body.get(k) + 1);
            }
            int line = start + 1;
            questionLine = line;
            title = null;
            BankItem item = question(q, line);
            if (item != null) {
                items.add(new SourcedItem(where(line, item.title()), item));
            }
            title = null;
            start = -1;
            body.clear();
        }

        private BankItem question(Src q, int line) {
            int before = problems.size();
            int n = q.length();
            int p = q.skipSpace(0, n);
            String title = null;
            if (p + 1 < n && q.plain(p, ':') && q.plain(p + 1, ':')) {
                int end = q.find("::", p + 2, n);
                if (end < 0) {
                    problem(line, AssessmentImportError.GIFT_TITLE_UNCLOSED);
                    return null;
                }
                title = q.text(p + 2, end).strip().replaceAll("\\s+", " ");
                title = title.isEmpty() ? null : title;
                this.title = title;
                p = end + 2;
            }
            // a name that reads as a code is the code; any other name is the title, and the bank makes a code
            Named named = named(title, meta.code()); // its problems still name it (this.title)
            String code = named.code();
            title = named.title();
            int open = q.find('{', p, n);
            if (open < 0) {
                int stray = q.find('}', p, n);
                if (stray >= 0) {
                    problem(q.lineAt(stray), AssessmentImportError.GIFT_STRAY_CLOSE);
                } else {
                    problem(line, q.text(p, n).isBlank() ? AssessmentImportError.GIFT_NOTHING
                            : AssessmentImportError.GIFT_NO_ANSWER_BLOCK, BLOCK);
                }
                return null;
            }
            int close = q.find('}', open + 1, n);
            if (close < 0) {
                problem(q.lineAt(open), AssessmentImportError.GIFT_BLOCK_UNCLOSED, "{");
                return null;
            }
            int stray = q.find('}', p, open);
            if (stray >= 0) {
                problem(q.lineAt(stray), AssessmentImportError.GIFT_STRAY_CLOSE);
            }
            int nested = q.find('{', open + 1, close);
            if (nested >= 0) {
                problem(q.lineAt(nested), AssessmentImportError.GIFT_NESTED_OPEN, "{", "\\{");
            }
            int second = q.find('{', close + 1, n);
            if (second >= 0) {
                problem(q.lineAt(second), AssessmentImportError.GIFT_SECOND_BLOCK, BLOCK, "\\{");
            } else if (q.find('}', close + 1, n) >= 0) {
                problem(q.lineAt(q.find('}', close + 1, n)), AssessmentImportError.GIFT_STRAY_CLOSE);
            }
            if (failed(before)) {
                return null;
            }
            String head = q.text(p, open);
            String tail = q.text(close + 1, n);
            Formatted stem = stem(tail.isBlank() ? head : head + GAP + tail);
            if (stem.text().isEmpty()) {
                problem(line, AssessmentImportError.GIFT_NO_STEM);
            }
            ItemContent content = block(q, open, close, stem, meta);
            if (content == null || failed(before)) {
                return null;
            }
            return new BankItem(code, competency, level, meta.difficulty(), content, title,
                    meta.category() != null ? meta.category() : tag);
        }

        private ItemContent block(Src q, int open, int close, Formatted stem, Meta meta) {
            int gf = q.find("####", open + 1, close);
            int end = gf >= 0 ? gf : close;
            String general = gf >= 0 ? format(q.text(gf + 4, close), stem.format()).text() : null;
            int first = q.skipSpace(open + 1, end);
            if (first == end) {
                // Moodle's essay: an answer block without answers; the rubric from our [rubric: …] (else 1 point)
                return ItemContent.essay(stem.text(), essay(meta.rubric()), general);
            }
            if (q.plain(first, '#')) {
                List<Option> options = numeric(q, first + 1, end, q.lineAt(first));
                return options == null ? null
                        : new ItemContent(QuestionType.NUMERIC, stem.text(), options, null, null, general);
            }
            if (q.plain(first, '>')) {
                List<String> sequence = ordering(q, first, end, stem.format());
                return sequence == null ? null
                        : new ItemContent(QuestionType.ORDERING, stem.text(), null, null, sequence, general);
            }
            if (q.plain(first, '=') || q.plain(first, '~')) {
                List<Answer> answers = split(q, first, end, "=~");
                if (answers.stream().anyMatch(a -> arrow(q, a) >= 0)) {
                    List<Pair> pairs = matching(q, answers, stem.format(), q.lineAt(first));
                    return pairs == null ? null
                            : new ItemContent(QuestionType.MATCHING, stem.text(), null, pairs, null, general);
                }
                return choices(q, answers, stem, general, meta);
            }
            List<Option> options = trueFalse(q, first, end, stem.format());
            return options == null ? null
                    : new ItemContent(QuestionType.TRUE_FALSE, stem.text(), options, null, null, general);
        }

        private static List<Answer> split(Src q, int first, int end, String kinds) {
            List<Answer> answers = new ArrayList<>();
            int i = first;
            while (i < end) {
                int next = q.findAny(kinds, i + 1, end);
                next = next < 0 ? end : next;
                answers.add(new Answer(q.charAt(i), i + 1, next));
                i = next;
            }
            return answers;
        }

        /** Where "->" is in the text of an answer (before its feedback), or -1. */
        private static int arrow(Src q, Answer a) {
            int hash = q.find('#', a.from(), a.to());
            return q.find("->", a.from(), hash < 0 ? a.to() : hash);
        }

        private ItemContent choices(Src q, List<Answer> answers, Formatted stem, String general, Meta meta) {
            int before = problems.size();
            List<Option> options = new ArrayList<>();
            boolean wrongMarked = false;
            for (Answer a : answers) {
                wrongMarked |= a.kind() == '~';
                Option o = option(q, a, a.kind() == '=' ? 100 : 0, stem.format());
                if (o != null) {
                    options.add(o);
                }
            }
            if (failed(before)) {
                return null;
            }
            int line = q.lineAt(answers.get(0).from() - 1);
            long right = options.stream().filter(o -> o.weight() > 0).count();
            if (!wrongMarked) {
                if (right == 0) {
                    problem(line, AssessmentImportError.GIFT_NO_RIGHT_ANSWER);
                    return null;
                }
                return new ItemContent(QuestionType.SHORT_TEXT, stem.text(), options, null, null, general);
            }
            if (options.size() < 2) {
                problem(line, AssessmentImportError.GIFT_TOO_FEW_CHOICES);
            }
            if (right == 0) {
                problem(line, AssessmentImportError.GIFT_NO_RIGHT_ANSWER);
            }
            if (failed(before)) {
                return null;
            }
            // as Moodle: with an "=" answer one choice is made, and the other answers may give partial credit
            boolean equalsSign = answers.stream().anyMatch(a -> a.kind() == '=');
            boolean multiple = meta.multiple() || options.stream().filter(o -> o.weight() == 100).count() != 1
                    || options.stream().anyMatch(o -> o.weight() < 0)
                    || !equalsSign && options.stream().anyMatch(o -> o.weight() != 0 && o.weight() != 100);
            return new ItemContent(multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE,
                    stem.text(), options, null, null, general);
        }

        private Option option(Src q, Answer a, double defaultWeight, Format format) {
            int line = q.lineAt(a.from() - 1);
            Weighted w = weighted(q, a, defaultWeight);
            if (w == null) {
                return null;
            }
            int hash = q.find('#', w.textFrom(), a.to());
            String text = format(q.text(w.textFrom(), hash < 0 ? a.to() : hash), format).text();
            String feedback = hash < 0 ? null : format(q.text(hash + 1, a.to()), format).text();
            if (text.isEmpty()) {
                problem(line, AssessmentImportError.GIFT_EMPTY_OPTION);
                return null;
            }
            return Option.choice(text, w.weight(), feedback);
        }

        private Weighted weighted(Src q, Answer a, double defaultWeight) {
            int p = q.skipSpace(a.from(), a.to());
            if (p < a.to() && q.plain(p, '%')) {
                int c = q.find('%', p + 1, a.to());
                if (c < 0) {
                    problem(q.lineAt(p), AssessmentImportError.GIFT_WEIGHT_UNCLOSED);
                    return null;
                }
                Double w = weight(q.text(p + 1, c).strip(), q.lineAt(p));
                return w == null ? null : new Weighted(w, c + 1);
            }
            return new Weighted(defaultWeight, a.from());
        }

        private Double weight(String s, int line) {
            if (!NUMBER.matcher(s).matches()) {
                problem(line, s.indexOf(',') >= 0 ? AssessmentImportError.GIFT_WEIGHT_COMMA
                        : AssessmentImportError.GIFT_WEIGHT_NOT_NUMBER, s);
                return null;
            }
            double w = Double.parseDouble(s);
            if (w < -100 || w > 100) {
                problem(line, AssessmentImportError.GIFT_WEIGHT_RANGE, s);
                return null;
            }
            return w;
        }

        private List<Pair> matching(Src q, List<Answer> answers, Format format, int line) {
            int before = problems.size();
            List<Pair> pairs = new ArrayList<>();
            for (Answer a : answers) {
                int at = q.lineAt(a.from() - 1);
                int arrow = arrow(q, a);
                if (a.kind() != '=') {
                    problem(at, AssessmentImportError.GIFT_MATCH_TILDE);
                } else if (arrow < 0) {
                    problem(at, AssessmentImportError.GIFT_MATCH_NO_ARROW, excerpt(q.text(a.from(), a.to())));
                } else if (q.find('#', a.from(), a.to()) >= 0) {
                    problem(at, AssessmentImportError.GIFT_MATCH_FEEDBACK);
                } else {
                    String left = format(q.text(a.from(), arrow), format).text();
                    String right = format(q.text(arrow + 2, a.to()), format).text();
                    if (right.isEmpty()) { // an empty left side makes a distractor, as in Moodle
                        problem(at, AssessmentImportError.GIFT_MATCH_EMPTY_SIDE);
                    } else {
                        pairs.add(new Pair(left, right));
                    }
                }
            }
            if (!failed(before) && pairs.stream().filter(pair -> !pair.distractor()).count() < 2) {
                problem(line, AssessmentImportError.GIFT_MATCH_TOO_FEW);
            }
            return failed(before) ? null : pairs;
        }

        private List<String> ordering(Src q, int first, int end, Format format) {
            int other = q.findAny("=~#", first, end);
            if (other >= 0) {
                problem(q.lineAt(other), AssessmentImportError.GIFT_ORDER_MARKER);
                return null;
            }
            int before = problems.size();
            List<String> sequence = new ArrayList<>();
            for (Answer a : split(q, first, end, ">")) {
                String item = format(q.text(a.from(), a.to()), format).text();
                if (item.isEmpty()) {
                    problem(q.lineAt(a.from() - 1), AssessmentImportError.GIFT_ORDER_EMPTY);
                } else {
                    sequence.add(item);
                }
            }
            if (!failed(before) && sequence.size() < 2) {
                problem(q.lineAt(first), AssessmentImportError.GIFT_ORDER_TOO_FEW);
            }
            return failed(before) ? null : sequence;
        }

        private List<Option> trueFalse(Src q, int first, int end, Format format) {
            List<String> parts = new ArrayList<>();
            int from = first;
            for (int hash = q.find('#', from, end); hash >= 0; hash = q.find('#', from, end)) {
                parts.add(q.text(from, hash));
                from = hash + 1;
            }
            parts.add(q.text(from, end));
            String word = parts.get(0).strip().toUpperCase(Locale.ROOT);
            int line = q.lineAt(first);
            boolean isTrue = word.equals("T") || word.equals("TRUE");
            if (!isTrue && !word.equals("F") && !word.equals("FALSE")) {
                problem(line, AssessmentImportError.GIFT_BLOCK_UNKNOWN, excerpt(q.text(first, end)));
                return null;
            }
            if (parts.size() > 3) {
                problem(line, AssessmentImportError.GIFT_TRUE_FALSE_FEEDBACKS, "{T#…#…}");
                return null;
            }
            String wrong = parts.size() > 1 ? format(parts.get(1), format).text() : null;
            String right = parts.size() > 2 ? format(parts.get(2), format).text() : null;
            return List.of(Option.choice(ItemContent.TRUE_TEXT, isTrue ? 100 : 0, isTrue ? right : wrong),
                    Option.choice(ItemContent.FALSE_TEXT, isTrue ? 0 : 100, isTrue ? wrong : right));
        }

        private List<Option> numeric(Src q, int from, int blockEnd, int line) {
            int before = problems.size();
            int p = q.skipSpace(from, blockEnd);
            // as Moodle: "~" starts what is said to any other answer ("{#3:2 ~#Нет, три}"); after it only feedback
            int tilde = q.find('~', p, blockEnd);
            int end = tilde < 0 ? blockEnd : tilde;
            Option other = null;
            if (tilde >= 0) {
                int hash = q.skipSpace(tilde + 1, blockEnd);
                if (hash < blockEnd && !q.plain(hash, '#')) {
                    problem(q.lineAt(hash), AssessmentImportError.GIFT_NUMERIC_OTHER, excerpt(q.text(tilde,
                            blockEnd)));
                    return null;
                }
                String feedback = hash < blockEnd ? format(q.text(hash + 1, blockEnd), Format.MOODLE).text() : "";
                other = feedback.isEmpty() ? null : Option.choice(ItemContent.OTHER_ANSWER, 0, feedback);
            }
            List<Option> options = new ArrayList<>();
            if (p == end) {
                problem(line, AssessmentImportError.GIFT_NUMERIC_EMPTY, "{#3}, {#3:0.5}, {#2..4}");
                return null;
            }
            if (q.plain(p, '=')) {
                for (Answer a : split(q, p, end, "=")) {
                    Weighted w = weighted(q, a, a.kind() == '=' ? 100 : 0);
                    if (w != null) {
                        Option o = number(q, w.textFrom(), a.to(), w.weight(), q.lineAt(a.from() - 1));
                        if (o != null) {
                            options.add(o);
                        }
                    }
                }
            } else {
                Option o = number(q, p, end, 100, line);
                if (o != null) {
                    options.add(o);
                }
            }
            if (!failed(before) && options.stream().noneMatch(o -> o.weight() > 0)) {
                problem(line, AssessmentImportError.GIFT_NO_RIGHT_ANSWER);
            }
            if (other != null) {
                options.add(other);
            }
            return failed(before) ? null : options;
        }

        private Option number(Src q, int from, int to, double weight, int line) {
            int hash = q.find('#', from, to);
            String answer = q.text(from, hash < 0 ? to : hash).strip();
            String feedback = hash < 0 ? null : format(q.text(hash + 1, to), Format.MOODLE).text();
            double value;
            double tolerance;
            int dots = answer.indexOf("..");
            int colon = answer.indexOf(':');
            if (dots >= 0) {
                Double min = number(answer.substring(0, dots), line);
                Double max = number(answer.substring(dots + 2), line);
                if (min == null || max == null) {
                    return null;
                }
                if (min > max) {
                    problem(line, AssessmentImportError.GIFT_RANGE_REVERSED, answer);
                    return null;
                }
                value = (min + max) / 2;
                tolerance = (max - min) / 2;
                if (!Double.isFinite(value) || !Double.isFinite(tolerance)) {
                    problem(line, AssessmentImportError.GIFT_RANGE_TOO_LARGE, excerpt(answer));
                    return null;
                }
            } else if (colon >= 0) {
                Double v = number(answer.substring(0, colon), line);
                Double t = number(answer.substring(colon + 1), line);
                if (v == null || t == null) {
                    return null;
                }
                if (t < 0) {
                    problem(line, AssessmentImportError.GIFT_TOLERANCE_NEGATIVE, answer);
                    return null;
                }
                value = v;
                tolerance = t;
            } else {
                Double v = number(answer, line);
                if (v == null) {
                    return null;
                }
                value = v;
                tolerance = 0;
            }
            return Option.number(value, tolerance, weight, feedback);
        }

        private Double number(String raw, int line) {
            String s = raw.strip();
            if (!NUMBER.matcher(s).matches() || !Double.isFinite(Double.parseDouble(s))) {
                problem(line, s.indexOf(',') >= 0 ? AssessmentImportError.GIFT_NUMBER_COMMA
                        : AssessmentImportError.GIFT_NOT_NUMBER, excerpt(s));
                return null;
            }
            return Double.parseDouble(s);
        }

        private static String excerpt(String s) {
            String one = s.strip().replace('\n', ' ');
            return one.length() <= 40 ? one : one.substring(0, 40) + "…";
        }
    }

    // ------------------------------------------------------------------- shared with the Moodle XML reader

    /** A question's code and title as read from its Moodle name (either may be null). */
    record Named(String code, String title) {
    }

    /**
     * What a Moodle question name gives: a name that reads as a code ({@code [A-Za-z0-9._-]{1,60}}) is the code
     * (unless {@code code} is given), any other name is the title and the bank makes the code; a title equal to
     * the given code is none.
     */
    static Named named(String name, String code) {
        if (code == null && name != null && CODE.matcher(name).matches()) {
            return new Named(name, null);
        }
        return new Named(code, name != null && name.equals(code) ? null : name);
    }

    /** Whether a text can be a question code as GIFT names and Moodle ID numbers give it. */
    static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /**
     * A category as read from a Moodle category path: competency and level (null and 0 when it names none) or the
     * tag it gives the questions (null for none); {@code valid} is false for a {@value #COMPETENCY_CATEGORY} path
     * that does not read (then the rest is empty).
     */
    record Category(String competency, int level, String tag, boolean valid) {
    }

    /** Reads a category path ({@code $CATEGORY:} of GIFT, the category question of Moodle XML). */
    static Category category(String raw) {
        String path = SERVICE_PREFIX.matcher(raw).replaceFirst("");
        if (path.regionMatches(true, 0, "top/", 0, 4)) {
            path = path.substring(4);
        }
        String prefix = COMPETENCY_CATEGORY + "/";
        if (!path.equalsIgnoreCase(COMPETENCY_CATEGORY) && !path.regionMatches(true, 0, prefix, 0,
                prefix.length())) {
            String tag = path.isBlank() || path.strip().equalsIgnoreCase(UNKNOWN_CATEGORY) ? null : path.strip();
            return new Category(null, 0, tag, true);
        }
        String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
        int slash = rest.lastIndexOf('/');
        String code = slash < 0 ? "" : rest.substring(0, slash).strip();
        String number = slash < 0 ? "" : rest.substring(slash + 1).strip();
        if (code.isEmpty() || !number.matches("[0-9]{1,4}")) {
            return new Category(null, 0, null, false);
        }
        return new Category(code, Integer.parseInt(number), null, true);
    }

    /** Where an image of a question text comes from: the file reference for its address and alternative text. */
    @FunctionalInterface
    interface ImageSource {
        String reference(String src, String alt) throws ItemMedia.Refused;
    }

    /**
     * The HTML with every {@code <img>} and {@code <object>} replaced by the file reference {@code source} gives;
     * an image it refuses is passed to {@code refused} and stands as "🖼" (so that the text is not empty).
     */
    static String images(String html, ImageSource source, java.util.function.Consumer<ItemMedia.Refused> refused) {
        if (!IMAGE_TAG.matcher(html).find()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().select("img, object")) {
            boolean img = e.normalName().equals("img");
            String src = (img ? e.attr("src") : e.attr("data")).strip();
            String alt = img ? e.attr("alt") : e.attr("title");
            String reference = "🖼"; // a refused image still counts as content: no follow-on "empty text" error
            try {
                reference = source.reference(src, alt);
            } catch (ItemMedia.Refused r) {
                refused.accept(r);
            }
            e.replaceWith(new TextNode(reference));
        }
        return doc.body().html();
    }

    /** The file name of a {@code @@PLUGINFILE@@/name} address, URL-decoded. */
    static String pluginFile(String src) {
        return java.net.URLDecoder.decode(src.substring(ItemMedia.PLUGINFILE.length()).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The plain text of HTML as GIFT's {@code [html]} texts read: tags dropped, blocks and br as line breaks. */
    static String htmlText(String html) {
        return GiftText.plain(html);
    }

    // ------------------------------------------------------------------------------------------ text helpers

    /**
     * Removes a format marker; an {@code [html]} or {@code [markdown]} text becomes the bank's plain text
     * ({@link GiftText}), or with {@code rich} rich text when it has what plain text loses ({@link RichHtml});
     * the result is stripped.
     */
    private static Formatted format(String raw, Format inherited,
            java.util.function.UnaryOperator<String> images, boolean rich) {
        String s = raw.strip();
        Format format = inherited;
        Matcher m = MARKER.matcher(s);
        if (m.find()) {
            format = Format.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            s = s.substring(m.end());
        }
        if (format == Format.MARKDOWN || format == Format.HTML) {
            String html = images.apply(format == Format.MARKDOWN ? GiftText.markdownToHtml(s) : s);
            s = rich ? RichHtml.richOrPlain(html, () -> GiftText.plain(html)) : GiftText.plain(html);
        }
        return new Formatted(format, RichText.isRich(s) ? s : s.strip());
    }

    /** The text of a question after decoding the escapes, knowing which characters were escaped and their line. */
    private static final class Src {
        private final StringBuilder chars = new StringBuilder();
        private final BitSet escaped = new BitSet();
        private int[] lines = new int[256];

        void addLine(String raw, int line) {
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (ch == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(i + 1);
                    if (ESCAPABLE.indexOf(next) >= 0) {
                        add(next, true, line);
                        i++;
                        continue;
                    }
                    if (next == 'n') {
                        add('\n', true, line);
                        i++;
                        continue;
                    }
                }
                add(ch, false, line);
            }
        }

        void add(char ch, boolean isEscaped, int line) {
            int at = chars.length();
            if (at == lines.length) {
                lines = Arrays.copyOf(lines, at * 2);
            }
            chars.append(ch);
            escaped.set(at, isEscaped);
            lines[at] = line;
        }

        int length() {
            return chars.length();
        }

        char charAt(int i) {
            return chars.charAt(i);
        }

        int lineAt(int i) {
            return lines[Math.max(0, Math.min(i, chars.length() - 1))];
        }

        boolean plain(int i, char ch) {
            return chars.charAt(i) == ch && !escaped.get(i);
        }

        int find(char ch, int from, int to) {
            for (int i = from; i < to; i++) {
                if (plain(i, ch)) {
                    return i;
                }
            }
            return -1;
        }

        int findAny(String set, int from, int to) {
            for (int i = from; i < to; i++) {
                if (set.indexOf(chars.charAt(i)) >= 0 && !escaped.get(i)) {
                    return i;
                }
            }
            return -1;
        }

        int find(String seq, int from, int to) {
            outer:
            for (int i = from; i + seq.length() <= to; i++) {
                for (int k = 0; k < seq.length(); k++) {
                    if (!plain(i + k, seq.charAt(k))) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        int skipSpace(int from, int to) {
            int i = from;
            while (i < to && Character.isWhitespace(chars.charAt(i))) {
                i++;
            }
            return i;
        }

        String text(int from, int to) {
            return chars.substring(from, to);
        }
    }
}
