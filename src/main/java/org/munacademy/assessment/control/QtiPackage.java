package org.munacademy.assessment.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.munacademy.assessment.control.QtiXml.El;
import org.munacademy.assessment.control.QtiXml.Invalid;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Questions as an IMS QTI 2.1 / 2.2 content package: a zip with {@code imsmanifest.xml} (IMS Content Packaging
 * 1.1) and one {@code assessmentItem} file per question, the format TAO, Moodle, ONYX, Canvas and others exchange.
 *
 * <h2>Reading</h2>
 * The manifest's resources of type {@code imsqti_item_xmlv2p0}, {@code …v2p1} or {@code …v2p2} are read in
 * manifest order; every item's problems are collected and the whole package is refused with all of them
 * ({@link ImportRejectedException}, location {@code "item <path in the zip>"}; {@code "package"} and
 * {@code "imsmanifest.xml"} for the archive and the manifest), or, by {@link #parse}, returned beside the
 * items that read (a partial import); the archive and the manifest still refuse the whole package. An item has
 * exactly one interaction:
 * <ul>
 * <li>{@code choiceInteraction}, cardinality single → SINGLE_CHOICE: weight 100 for the {@code correctResponse}
 * choice, 0 for the others; with a {@code mapping}, weight = 100 · mapped value / maximum. Exactly two choices
 * reading «Верно»/«Неверно» (or True/False, Правда/Ложь, Истина/Ложь) → TRUE_FALSE, options ordered «Верно»,
 * «Неверно».</li>
 * <li>{@code choiceInteraction}, cardinality multiple → MULTIPLE_CHOICE: with a {@code mapping}, weight = 100 ·
 * mapped value / maximum (choices the mapping leaves out get its {@code defaultValue}); without one, the correct
 * choices share 100 equally and every other choice weighs −100 (so, as under QTI's all-or-nothing
 * {@code match_correct}, any wrong choice loses the item; unlike it, part of the correct choices earns part of the
 * score).</li>
 * <li>{@code textEntryInteraction}, baseType string → SHORT_TEXT: the {@code correctResponse} values (weight 100)
 * and the {@code mapping} keys (weight from the mapped value) are the accepted answers; a key with
 * {@code caseSensitive="true"} (without the attribute: every key in QTI 2.0/2.1, in QTI 2.2 a key that differs from
 * another only in case) is compared with its case, and a positive {@code defaultValue} becomes the answer "*" (any
 * other text) with that weight.</li>
 * <li>{@code inlineChoiceInteraction} → SINGLE_CHOICE like a choice, the blank shown as "_____" in the stem.</li>
 * <li>{@code gapMatchInteraction} → MATCHING: the gaps are the left items "(1)", "(2)"… (the stem shows
 * "_____ (n)" where they stand), the {@code gapText}s the right ones, scored like a match.</li>
 * <li>{@code textEntryInteraction}, baseType float or integer → NUMERIC: each {@code responseIf}/
 * {@code responseElseIf} of the response processing that compares the response ({@code equal}/{@code match}) with a
 * value or with the correct response and sets SCORE becomes an answer (value, tolerance of the {@code equal}:
 * absolute as is, relative converted, the larger of the two bounds; weight from the score); without such rules,
 * the {@code mapping} keys or {@code correctResponse} values are the answers (weight from the mapping, else 100),
 * with the tolerance of the first {@code equal} in the response processing, else 0.</li>
 * <li>{@code orderInteraction} → ORDERING: the choice texts in {@code correctResponse} order.</li>
 * <li>{@code matchInteraction} with two {@code simpleMatchSet}s → MATCHING: the {@code directedPair}s of
 * {@code correctResponse}, left to right, in the order of the first set; a right item used by several pairs
 * ({@code matchMax > 1}) is shared, right items of no pair are distractors, and a {@code mapping} that weighs the
 * correct pairs differently gives each pair its weight (100 · value / sum of the correct pairs' values).</li>
 * </ul>
 * The {@code stimulusBody} of an {@code assessmentStimulusRef}'s stimulus leads the stem (its images kept like the
 * item's; a missing stimulus is {@code QTI_STIMULUS_MISSING}).
 * Items with {@code templateDeclaration} or {@code templateProcessing} are refused ({@code QTI_TEMPLATE_ITEM}). A
 * modal feedback set by a {@code responseIf} matching the correct response (or by its {@code responseElse})
 * becomes the feedback of the single choice's correct (other) options.
 * The maximum that weights are taken from is SCORE's {@code normalMaximum}, else MAXSCORE's default value, else
 * the sum of the positive mapped values (multiple choice) or the largest one (single response), capped by the
 * mapping's {@code upperBound}; weights are kept within −100…100. Other interactions, items with none or several,
 * and items without a correct answer are errors naming the item and the interaction.
 * <p>
 * The stem is the text of {@code itemBody} (paragraphs, divs, the interaction's {@code prompt}) with tags stripped;
 * an inline text entry inside a sentence shows as "_____". Texts are plain: whitespace is collapsed within a line,
 * block elements and {@code br} break lines, empty lines are dropped. Option feedback is a {@code feedbackInline}
 * inside the choice, or a {@code modalFeedback}/{@code feedbackBlock} whose identifier is the choice's (for text
 * and numeric answers: the identifier the answer's rule sets a feedback outcome to); the general feedback is the
 * {@code modalFeedback} with identifier GENERAL. The item's {@code identifier} is the code; its {@code label}, when it
 * reads {@code COMPETENCY/LEVEL} or {@code COMPETENCY/LEVEL/EASY|MEDIUM|HARD}, gives competency, level and
 * difficulty, otherwise they are unknown (null, 0, MEDIUM) for the importer to fill in.
 *
 * <h2>Writing</h2>
 * A QTI 2.1 package that {@link #read} turns back into equal items: one {@code items/<code>.xml} per question
 * (namespace {@code imsqti_v2p1}, label {@code COMPETENCY/LEVEL/DIFFICULTY} when the competency is known, SCORE with
 * {@code normalMaximum} 1), response processing by the standard templates where they apply — {@code match_correct}
 * for single choice and true/false with one 100 % option, ordering and matching; {@code map_response} with a
 * {@code mapping} of weight/100 for choices with partial weights and short answers — and written-out rules where
 * feedback has to be shown (the template's rule plus FEEDBACK) or for numeric answers (one {@code equal} with an
 * absolute tolerance per answer). Option feedback is a {@code feedbackInline} (choices) or a {@code modalFeedback}
 * (text and numeric answers), general feedback a {@code modalFeedback} GENERAL shown always. Texts are escaped; a
 * code that is not a QTI identifier (an XML NCName) is written with its other characters replaced by "_", an item
 * without a code gets ITEM-n. Texts whose whitespace is not already normal (double spaces, blank lines) and the
 * difficulty of an item without a competency do not survive a round trip.
 *
 * <h2>Limits</h2>
 * At most {@value #MAX_ENTRIES} zip entries, {@value #MAX_ENTRY_BYTES} bytes per entry and
 * {@value #MAX_TOTAL_BYTES} bytes in all, counted while inflating (the sizes the zip declares are not trusted);
 * entry names with ".." or absolute paths refuse the package. XML files with a DOCTYPE are refused (no entity is
 * ever expanded or fetched: XXE and "billion laughs" fail at once), with secure processing, no external DTD or
 * schema, no XInclude and a nesting limit.
 */
public final class QtiPackage {

    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_ENTRY_BYTES = 5L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    static final String MANIFEST = "imsmanifest.xml";
    static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd";
    static final String ITEM_TYPE = "imsqti_item_xmlv2p1";
    /** Where written packages keep the images, named by content address. */
    static final String MEDIA_FOLDER = "media/";

    private static final Location PACKAGE = Location.of(AssessmentPlace.PACKAGE);
    private static final Location MANIFEST_FILE = Location.of(AssessmentPlace.MANIFEST);
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern ITEM_TYPES =
            Pattern.compile("imsqti_(apip)?item_xmlv2p[0-9]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_.\\-]*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.*");
    /** The elements that show a file of the package: images, audio and video. */
    private static final Set<String> MEDIA_ELEMENTS = Set.of("img", "object", "audio", "video");
    /** 1 January 2020: entries carry a fixed time, so the same items give the same bytes. */
    private static final long ENTRY_TIME = 1_577_836_800_000L;

    private QtiPackage() {
    }

    // ================================================================ reading

    /**
     * The questions of a QTI 2.x package, in manifest order, each with its location {@code "item <path>"}.
     *
     * @throws ImportRejectedException listing every problem found; nothing is returned then
     */
    public static List<SourcedItem> read(byte[] zip) {
        return read(zip, new ItemMedia());
    }

    /**
     * The questions like {@link #read(byte[])}; every {@code img} and {@code object} of an item (and QTI 2.2's
     * {@code audio}/{@code video}) becomes a file reference to the package's file, collected in {@code media}: an
     * image, or, for an {@code object} of type audio/* or video/*, audio or video played on the page. A file that is
     * not in the package, lies outside it, or is not of its kind by content, and an {@code object} of another type
     * are errors of the item: nothing is dropped silently.
     */
    public static List<SourcedItem> read(byte[] zip, ItemMedia media) {
        Gift.Parsed parsed = parse(zip, media);
        if (!parsed.errors().isEmpty()) {
            throw new ImportRejectedException(parsed.errors());
        }
        return parsed.items();
    }

    /**
     * The items that read and the problems of those that do not, each at its item (for a partial import: an item
     * file that does not parse, or whose media cannot be taken, is left out and listed).
     *
     * @throws ImportRejectedException when the package itself cannot be read: not a zip within the limits, no or an
     *                                 unreadable manifest, no item resource in it
     */
    public static Gift.Parsed parse(byte[] zip, ItemMedia media) {
        Map<String, byte[]> files = unzip(zip);
        media.addFiles(files);
        String manifestPath = manifestPath(files);
        Document manifest;
        try {
            manifest = QtiXml.parse(files.get(manifestPath));
        } catch (Invalid e) {
            throw new ImportRejectedException(List.of(e.at(MANIFEST_FILE)));
        }
        Element root = manifest.getDocumentElement();
        if (!QtiXml.name(root).equals("manifest")) {
            throw rejected(MANIFEST_FILE, AssessmentImportError.QTI_MANIFEST_ROOT, QtiXml.name(root));
        }
        String baseDir = manifestPath.contains("/") ? manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1) : "";

        List<ImportError> errors = new ArrayList<>();
        List<SourcedItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (Element resource : QtiXml.descendants(root, "resource")) {
            String type = QtiXml.attr(resource, "type");
            if (type == null || !ITEM_TYPES.matcher(type).matches()) {
                continue;
            }
            any = true;
            String href = QtiXml.attr(resource, "href");
            if (href == null) {
                Element file = QtiXml.child(resource, "file");
                href = file == null ? null : QtiXml.attr(file, "href");
            }
            if (href == null) {
                errors.add(ImportError.of(item(QtiXml.attr(resource, "identifier")),
                        AssessmentImportError.QTI_RESOURCE_NO_HREF));
                continue;
            }
            String path;
            try {
                path = resolve(baseDir + xmlBase(resource), href);
            } catch (Invalid e) {
                errors.add(e.at(item(href)));
                continue;
            }
            if (!seen.add(path)) {
                continue;
            }
            Location location = item(path);
            byte[] bytes = files.get(path);
            if (bytes == null) {
                errors.add(ImportError.of(location, AssessmentImportError.QTI_FILE_MISSING));
                continue;
            }
            try {
                Document item = QtiXml.parse(bytes);
                List<ItemMedia.Refused> refused = images(item, path.contains("/")
                        ? path.substring(0, path.lastIndexOf('/') + 1) : "", media);
                if (!refused.isEmpty()) {
                    refused.forEach(r -> errors.add(r.at(location)));
                    continue;
                }
                String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                String stimulus = stimuli(item, folder, files, media, refused);
                if (!refused.isEmpty()) {
                    refused.forEach(r -> errors.add(r.at(location)));
                    continue;
                }
                items.add(new SourcedItem(location, withLeadingText(QtiItemReader.read(item), stimulus)));
            } catch (Invalid e) {
                errors.add(e.at(location));
            } catch (RuntimeException e) {
                // a structure the reader did not foresee: still this item's error, not the whole import's failure
                errors.add(ImportError.of(location, AssessmentImportError.QTI_ITEM_UNREADABLE));
            }
        }
        if (!any) {
            throw rejected(MANIFEST_FILE, AssessmentImportError.QTI_NO_ITEMS, ITEM_TYPE);
        }
        return new Gift.Parsed(items, errors);
    }

    /**
     * The text of the shared stimuli the item refers to ({@code assessmentStimulusRef}, resolved against the item's
     * folder): their {@code stimulusBody}, images kept as file references like the item's; "" when there are none.
     *
     * @throws Invalid when a stimulus is not in the package or is no {@code assessmentStimulus}
     */
    private static String stimuli(Document item, String folder, Map<String, byte[]> files, ItemMedia media,
            List<ItemMedia.Refused> refused) throws Invalid {
        List<String> texts = new ArrayList<>();
        for (Element ref : QtiXml.children(item.getDocumentElement(), "assessmentStimulusRef")) {
            String href = String.valueOf(QtiXml.attr(ref, "href"));
            String path = resolve(folder, href);
            byte[] bytes = files.get(path);
            if (bytes == null) {
                throw new Invalid(AssessmentImportError.QTI_STIMULUS_MISSING, href);
            }
            Document stimulus = QtiXml.parse(bytes);
            Element body = QtiXml.child(stimulus.getDocumentElement(), "stimulusBody");
            if (!QtiXml.name(stimulus.getDocumentElement()).equals("assessmentStimulus") || body == null) {
                throw new Invalid(AssessmentImportError.QTI_STIMULUS_MISSING, href);
            }
            refused.addAll(images(stimulus, path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "",
                    media));
            String text = QtiXml.text(body);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join("\n", texts);
    }

    /** The item with a shared stimulus's text leading its stem. */
    private static BankItem withLeadingText(BankItem item, String lead) {
        if (lead.isEmpty()) {
            return item;
        }
        var c = item.content();
        String stem = c.stem().isEmpty() ? lead : RichText.isRich(c.stem())
                ? RichText.of(RichHtml.clean("<p>" + QtiXml.escape(lead, false).replace("\n", "<br>") + "</p>"
                        + RichText.html(c.stem())))
                : lead + "\n" + c.stem();
        return new BankItem(item.code(), item.competencyCode(), item.level(), item.difficulty(),
                new org.munacademy.assessment.entity.ItemContent(c.type(), stem, c.options(), c.pairs(),
                        c.sequence(), c.generalFeedback()), item.title(), item.category());
    }

    /**
     * Replaces every {@code img}, {@code object} and (QTI 2.2) {@code audio}/{@code video} of the item by the file
     * reference of its image, audio or video (resolved against the item's folder); returns what could not be taken.
     */
    private static List<ItemMedia.Refused> images(Document item, String folder, ItemMedia media) {
        List<ItemMedia.Refused> refused = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        org.w3c.dom.NodeList all = item.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && MEDIA_ELEMENTS.contains(QtiXml.name(e))
                    && !insideMedia(e)) {
                elements.add(e); // in document order, so that the errors read in the order of the item
            }
        }
        for (Element e : elements) {
            String reference = "";
            try {
                reference = mediaReference(e, folder, media);
            } catch (ItemMedia.Refused r) {
                refused.add(r);
            }
            if (e.getParentNode() != null) {
                e.getParentNode().replaceChild(item.createTextNode(reference), e);
            }
        }
        return refused;
    }

    /** Whether the element is the fallback content of another media element (an object inside a video). */
    private static boolean insideMedia(Element e) {
        for (Node p = e.getParentNode(); p instanceof Element parent; p = p.getParentNode()) {
            if (MEDIA_ELEMENTS.contains(QtiXml.name(parent))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file reference of one media element: an {@code img}'s {@code src}; an {@code object}'s {@code data}, an
     * image or, when its {@code type} is audio/* or video/*, audio or video; an {@code audio}/{@code video}'s
     * {@code src} or its first {@code source}'s. The content decides the stored type, never the declared one.
     */
    private static String mediaReference(Element e, String folder, ItemMedia media) throws ItemMedia.Refused {
        String kind = QtiXml.name(e);
        String src;
        String type;
        String alt;
        switch (kind) {
            case "img" -> {
                src = QtiXml.attr(e, "src");
                type = null;
                alt = e.getAttribute("alt");
            }
            case "object" -> {
                src = QtiXml.attr(e, "data");
                type = QtiXml.attr(e, "type");
                alt = QtiXml.text(e);
            }
            default -> {
                src = QtiXml.attr(e, "src");
                Element source = QtiXml.child(e, "source");
                if (src == null && source != null) {
                    src = QtiXml.attr(source, "src");
                }
                type = kind + "/*";
                alt = QtiXml.text(e);
            }
        }
        String t = type == null ? "image/" : type.toLowerCase(Locale.ROOT);
        boolean played = t.startsWith("audio/") || t.startsWith("video/");
        if (!played && !t.startsWith("image/")) {
            throw new ItemMedia.Refused(AssessmentImportError.QTI_OBJECT_TYPE, String.valueOf(src), type);
        }
        if (src == null) {
            throw new ItemMedia.Refused(AssessmentImportError.IMAGE_NO_SOURCE, kind.equals("object") ? "data" : "src");
        }
        String path;
        try {
            path = resolve(folder, src);
        } catch (Invalid outside) {
            throw new ItemMedia.Refused(outside.code(), src);
        }
        return played ? media.played(path, alt) : media.file(path, alt);
    }

    private static ImportRejectedException rejected(Location location, AssessmentImportError code, Object... args) {
        return new ImportRejectedException(List.of(ImportError.of(location, code, args)));
    }

    /** A question of the package by its path (or the manifest's reference to it). */
    private static Location item(String path) {
        return Location.of(AssessmentPlace.ITEM, String.valueOf(path));
    }

    /**
     * The entries of the zip by normalised path, read within the limits. Names are UTF-8 (or flagged so); a zip
     * whose names are not, as Windows' own zipper writes Cyrillic names, is read again with code page 866.
     */
    private static Map<String, byte[]> unzip(byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw rejected(PACKAGE, AssessmentImportError.QTI_EMPTY);
        }
        try {
            return unzip(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            try {
                return unzip(zip, Charset.forName("IBM866"));
            } catch (IllegalArgumentException unreadable) {
                throw rejected(PACKAGE, AssessmentImportError.QTI_NAME_UNREADABLE);
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip, Charset names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw rejected(PACKAGE, AssessmentImportError.QTI_TOO_MANY_ENTRIES, MAX_ENTRIES);
                }
                String name = entryName(entry.getName());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long size = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES) {
                        throw rejected(PACKAGE, AssessmentImportError.QTI_ENTRY_TOO_LARGE, name,
                                megabytes(MAX_ENTRY_BYTES));
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw rejected(PACKAGE, AssessmentImportError.QTI_TOTAL_TOO_LARGE, megabytes(MAX_TOTAL_BYTES));
                    }
                    if (!entry.isDirectory()) {
                        out.write(buffer, 0, n);
                    }
                }
                if (!entry.isDirectory()) {
                    files.putIfAbsent(name, out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw rejected(PACKAGE, AssessmentImportError.QTI_NOT_ZIP);
        } catch (IOException e) {
            // the bytes are in memory, so a read fails only on the archive itself: cut off in the middle of an
            // entry (EOFException) or damaged
            throw rejected(PACKAGE, AssessmentImportError.QTI_TRUNCATED);
        }
        if (entries == 0) {
            throw rejected(PACKAGE, AssessmentImportError.QTI_ZIP_EMPTY);
        }
        return files;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** The entry name with '/' separators; absolute names and ".." refuse the package. */
    private static String entryName(String raw) {
        String name = raw.replace('\\', '/');
        boolean absolute = name.startsWith("/") || name.matches("[A-Za-z]:.*") || name.indexOf('\0') >= 0;
        boolean parent = false;
        for (String segment : name.split("/")) {
            parent |= segment.equals("..");
        }
        if (absolute || parent) {
            throw rejected(PACKAGE, AssessmentImportError.QTI_PATH_INVALID, raw);
        }
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        return name;
    }

    /** imsmanifest.xml at the root, or in the package's single top folder. */
    private static String manifestPath(Map<String, byte[]> files) {
        if (files.containsKey(MANIFEST)) {
            return MANIFEST;
        }
        List<String> nested = files.keySet().stream().filter(n -> n.endsWith("/" + MANIFEST)).toList();
        if (nested.size() == 1 && nested.get(0).indexOf('/') == nested.get(0).lastIndexOf('/')) {
            return nested.get(0);
        }
        throw rejected(PACKAGE, AssessmentImportError.QTI_NO_MANIFEST);
    }

    /** The xml:base of the resource and its ancestors, as a folder prefix. */
    private static String xmlBase(Element resource) {
        StringBuilder base = new StringBuilder();
        for (Node n = resource; n instanceof Element e; n = n.getParentNode()) {
            String b = e.getAttributeNS(XML_NS, "base");
            if (b != null && !b.isBlank()) {
                b = b.trim();
                base.insert(0, b.endsWith("/") ? b : b + "/");
            }
        }
        return base.toString();
    }

    /** A relative reference resolved within the zip; external and escaping references are refused. */
    private static String resolve(String base, String href) throws Invalid {
        String ref = href.trim();
        int cut = ref.indexOf('#');
        ref = cut >= 0 ? ref.substring(0, cut) : ref;
        cut = ref.indexOf('?');
        ref = cut >= 0 ? ref.substring(0, cut) : ref;
        ref = percentDecode(ref).replace('\\', '/');
        String full = base + ref;
        if (SCHEME.matcher(ref).matches() || SCHEME.matcher(base).matches() || full.startsWith("/")) {
            throw new Invalid(AssessmentImportError.QTI_LINK_OUTSIDE, href);
        }
        List<String> segments = new ArrayList<>();
        for (String s : full.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    throw new Invalid(AssessmentImportError.QTI_LINK_OUTSIDE, href);
                }
                segments.remove(segments.size() - 1);
            } else {
                segments.add(s);
            }
        }
        return String.join("/", segments);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    // ================================================================ writing

    /**
     * The items as a QTI 2.1 package, in the given order (deterministic: the same items give the same bytes).
     *
     * @throws IllegalArgumentException for an item whose content cannot be a QTI item (a choice question without
     *                                  options, a numeric answer without a value, …), naming it
     */
    public static byte[] write(List<BankItem> items) {
        return write(items, ItemMedia.Source.NONE);
    }

    /**
     * The items as a QTI 2.1 package like {@link #write(List)}; the images their texts show that the source has are
     * written as {@code media/<sha256>.<ext>} files of the package (listed with each item's resource) and shown by
     * {@code img} elements, so that {@link #read(byte[], ItemMedia)} gives back the same references.
     */
    public static byte[] write(List<BankItem> items, ItemMedia.Source media) {
        El resources = new El("resources");
        Map<String, ItemMedia.Image> packaged = new LinkedHashMap<>();
        Map<String, String> documents = new LinkedHashMap<>();
        Set<String> fileNames = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            BankItem item = items.get(i);
            String identifier = identifier(item.code(), i + 1);
            String base = identifier.matches("[A-Za-z0-9._\\-]{1,80}") ? identifier : "item-" + (i + 1);
            String file = "items/" + base + ".xml";
            for (int n = 2; !fileNames.add(file.toLowerCase(Locale.ROOT)); n++) {
                file = "items/" + base + "-" + n + ".xml";
            }
            Map<String, String> hrefs = new LinkedHashMap<>();
            for (String sha : referenced(item)) {
                media.image(sha).ifPresent(image -> {
                    packaged.putIfAbsent(sha, image);
                    hrefs.put(sha, MEDIA_FOLDER + sha + "." + image.type().extension());
                });
            }
            try {
                documents.put(file, QtiItemWriter.write(item, identifier, relative(hrefs)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("item " + (item.code() != null ? item.code() : "#" + (i + 1))
                        + " cannot be written as QTI: " + e.getMessage(), e);
            }
            El resource = resources.add(new El("resource").attr("identifier", "RES-" + (i + 1))
                    .attr("type", ITEM_TYPE).attr("href", file));
            resource.add(new El("file").attr("href", file));
            hrefs.values().forEach(href -> resource.add(new El("file").attr("href", href)));
        }
        El manifest = new El("manifest").attr("xmlns", CP_NS).attr("xmlns:xsi", QtiItemWriter.XSI)
                .attr("xsi:schemaLocation", CP_NS + " " + CP_SCHEMA + " " + QtiItemWriter.NS + " "
                        + QtiItemWriter.SCHEMA)
                .attr("identifier", "MANIFEST-MUNACADEMY-QTI");
        El metadata = manifest.add(new El("metadata"));
        metadata.add(new El("schema").text("QTIv2.1 Package"));
        metadata.add(new El("schemaversion").text("1.0.0"));
        manifest.add(new El("organizations"));
        manifest.with(resources);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, MANIFEST, manifest.document());
            for (Map.Entry<String, String> d : documents.entrySet()) {
                entry(zip, d.getKey(), d.getValue());
            }
            for (ItemMedia.Image image : packaged.values()) {
                entry(zip, MEDIA_FOLDER + image.sha256() + "." + image.type().extension(), image.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** The files every text of the item refers to. */
    static Set<String> referenced(BankItem item) {
        var c = item.content();
        Set<String> out = new java.util.LinkedHashSet<>(RichText.files(c.stem()));
        c.options().forEach(o -> {
            out.addAll(FileRefs.files(o.text()));
            out.addAll(FileRefs.files(o.feedback()));
        });
        c.pairs().forEach(p -> {
            out.addAll(FileRefs.files(p.left()));
            out.addAll(FileRefs.files(p.right()));
        });
        c.sequence().forEach(s -> out.addAll(FileRefs.files(s)));
        out.addAll(FileRefs.files(c.generalFeedback()));
        return out;
    }

    /** Package paths as seen from an item file in {@code items/}. */
    private static Map<String, String> relative(Map<String, String> hrefs) {
        Map<String, String> out = new LinkedHashMap<>();
        hrefs.forEach((sha, href) -> out.put(sha, "../" + href));
        return out;
    }

    /** The code when it is a QTI identifier (NCName), else it with the other characters replaced; ITEM-n for none. */
    static String identifier(String code, int position) {
        if (code == null || code.isBlank()) {
            return "ITEM-" + position;
        }
        if (NCNAME.matcher(code).matches()) {
            return code;
        }
        String cleaned = code.strip().replaceAll("[^\\p{L}\\p{M}\\p{Nd}_.\\-]", "_");
        return NCNAME.matcher(cleaned).matches() ? cleaned : "_" + cleaned;
    }
}
