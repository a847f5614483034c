package org.munacademy.learning.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.LearningPlace;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;

/**
 * Reads and validates a SCORM 1.2 package (a zip with {@code imsmanifest.xml} at its root, IMS Content Packaging
 * 1.1.2 with the ADL {@code adlcp:scormtype} extension). Everything wrong is collected and the package is refused
 * as a whole with all of it ({@link ImportRejectedException}; location {@code "package"}, {@code "imsmanifest.xml"}
 * or the path in the archive): nothing is stored on refusal.
 *
 * <h2>The archive</h2>
 * At most {@value #MAX_ENTRIES} entries and {@value #MAX_TOTAL_BYTES} bytes unpacked, counted while inflating (the
 * sizes the zip declares are not trusted); unpacking stops as soon as the archive inflates to more than
 * {@value #MAX_RATIO} times its own size (beyond the first {@value #RATIO_FREE_BYTES} bytes): a zip bomb is refused
 * before it fills memory. Entry names with {@code ..}, a leading slash, a backslash, a drive letter or a NUL refuse
 * the package; directories are skipped. Pictures (png, jpg, gif, webp) must be what their extension says (magic
 * bytes), since they are served with that type.
 *
 * <h2>The manifest</h2>
 * Parsed with StAX with DTDs unsupported and no external entity ever resolved; a DOCTYPE refuses the manifest (no
 * XXE, no "billion laughs"). The launch is the first item (of the default organisation, else the first) whose
 * {@code identifierref} names a resource with {@code adlcp:scormtype="sco"} and an {@code href}; {@code xml:base}
 * of {@code resources} and {@code resource} is honoured. The launch file and every {@code file href} of every
 * resource must be in the package (each missing one is listed); an href with a scheme ({@code http:}) is not a
 * file of the package and is not checked. The title is the organisation's title (else the first item's), kept as
 * plain text: it is only ever shown as text.
 */
public final class ScormPackageReader {

    public static final int MAX_ENTRIES = 3_000;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    public static final int MAX_RATIO = 100;
    static final long RATIO_FREE_BYTES = 1024 * 1024;
    public static final String MANIFEST = "imsmanifest.xml";
    static final int MAX_TITLE = 300;

    private static final Location PACKAGE = Location.of(LearningPlace.PACKAGE);
    private static final Location MANIFEST_FILE = Location.of(LearningPlace.MANIFEST);
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.*");
    private static final Map<String, FileType> PICTURES = Map.of("png", FileType.PNG, "jpg", FileType.JPEG,
            "jpeg", FileType.JPEG, "gif", FileType.GIF, "webp", FileType.WEBP);

    private ScormPackageReader() {
    }

    /** A package read and validated: its manifest's title and launch path, and its files by path (sorted). */
    public record ScormContent(String title, String launchPath, Map<String, byte[]> files) {

        public long totalBytes() {
            return files.values().stream().mapToLong(b -> b.length).sum();
        }
    }

    /**
     * Reads a SCORM 1.2 package.
     *
     * @throws ImportRejectedException listing every problem found
     */
    public static ScormContent read(byte[] zip) {
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw rejected(List.of(error(PACKAGE, LearningError.SCORM_NOT_ZIP)));
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, byte[]> files = unzip(zip, errors);
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        byte[] manifest = files.get(MANIFEST);
        if (manifest == null) {
            throw rejected(List.of(error(PACKAGE, LearningError.SCORM_MANIFEST_MISSING)));
        }
        Manifest m;
        try {
            m = Manifest.parse(manifest);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? "DOCTYPE?"
                    : "строка " + e.getLocation().getLineNumber() + ", столбец " + e.getLocation().getColumnNumber();
            throw rejected(List.of(error(MANIFEST_FILE, LearningError.SCORM_MANIFEST_INVALID, where)));
        } catch (DoctypeRefused e) {
            throw rejected(List.of(error(MANIFEST_FILE, LearningError.SCORM_MANIFEST_INVALID, "DOCTYPE")));
        }
        String launch = null;
        String launchFile = null;
        Optional<Resource> sco = m.launchResource();
        if (sco.isEmpty()) {
            errors.add(error(MANIFEST_FILE, LearningError.SCORM_NO_SCO));
        } else {
            launch = sco.get().base + sco.get().href;
            Optional<String> local = local(launch, errors);
            if (local.isPresent()) {
                launchFile = local.get();
                if (!files.containsKey(launchFile)) {
                    errors.add(error(MANIFEST_FILE, LearningError.SCORM_LAUNCH_MISSING, launchFile));
                }
                launch = launchFile + tail(launch);
            } else if (errors.isEmpty()) {
                errors.add(error(MANIFEST_FILE, LearningError.SCORM_LAUNCH_MISSING, launch));
            }
        }
        Set<String> listed = new LinkedHashSet<>();
        for (Resource r : m.resources) {
            for (String href : r.files) {
                local(r.base + href, errors).ifPresent(listed::add);
            }
            if (r.href != null && r != sco.orElse(null)) {
                local(r.base + r.href, errors).ifPresent(listed::add);
            }
        }
        listed.remove(launchFile);
        listed.stream().filter(f -> !files.containsKey(f))
                .forEach(f -> errors.add(error(MANIFEST_FILE, LearningError.SCORM_FILE_MISSING, f)));
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        return new ScormContent(m.title(), launch, files);
    }

    // ------------------------------------------------------------------ the archive

    private static Map<String, byte[]> unzip(byte[] zip, List<ImportError> errors) {
        Map<String, byte[]> files = new TreeMap<>();
        long budget = Math.max(RATIO_FREE_BYTES, (long) MAX_RATIO * zip.length);
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (++entries > MAX_ENTRIES) {
                    return fail(errors, error(PACKAGE, LearningError.SCORM_TOO_MANY_ENTRIES, MAX_ENTRIES));
                }
                String name = e.getName();
                if (!safe(name)) {
                    errors.add(error(entry(name), LearningError.SCORM_UNSAFE_PATH, name));
                    continue;
                }
                if (e.isDirectory() || name.endsWith("/")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n; (n = in.read(buffer)) > 0;) {
                    total += n;
                    if (total > MAX_TOTAL_BYTES) {
                        return fail(errors, error(PACKAGE, LearningError.SCORM_TOO_LARGE,
                                MAX_TOTAL_BYTES / 1024 / 1024));
                    }
                    if (total > budget) {
                        return fail(errors, error(entry(name), LearningError.SCORM_ZIP_BOMB, MAX_RATIO));
                    }
                    out.write(buffer, 0, n);
                }
                byte[] bytes = out.toByteArray();
                if (files.putIfAbsent(name, bytes) != null) {
                    errors.add(error(entry(name), LearningError.SCORM_DUPLICATE_ENTRY, name));
                    continue;
                }
                FileType picture = PICTURES.get(extension(name));
                if (picture != null && FileType.detect(bytes, bytes.length).filter(picture::equals).isEmpty()) {
                    errors.add(error(entry(name), LearningError.SCORM_MEDIA_MISMATCH, name));
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            errors.add(error(PACKAGE, LearningError.SCORM_ZIP_BROKEN, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            errors.add(error(PACKAGE, LearningError.SCORM_ZIP_BROKEN, e.getClass().getSimpleName()));
        }
        if (entries == 0 && errors.isEmpty()) {
            errors.add(error(PACKAGE, LearningError.SCORM_MANIFEST_MISSING));
        }
        return files;
    }

    private static Map<String, byte[]> fail(List<ImportError> errors, ImportError e) {
        errors.add(e);
        return Map.of();
    }

    /** Whether an entry name stays inside the package. */
    static boolean safe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The package path an href names (query and fragment dropped, "./" and "x/.." resolved), or empty for a link
     * with a scheme; an href that leaves the package is an error.
     */
    static Optional<String> local(String href, List<ImportError> errors) {
        String h = href.strip();
        if (SCHEME.matcher(h).matches() && !h.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.empty();
        }
        String path = h.replaceAll("[?#].*$", "");
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            errors.add(error(MANIFEST_FILE, LearningError.SCORM_UNSAFE_PATH, href));
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    errors.add(error(MANIFEST_FILE, LearningError.SCORM_UNSAFE_PATH, href));
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(s);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static String tail(String href) {
        int q = href.indexOf('?');
        return q >= 0 ? href.substring(q).replaceAll("#.*$", "") : "";
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Location entry(String path) {
        return Location.of(LearningPlace.ENTRY, path);
    }

    private static ImportError error(Location location, LearningError code, Object... args) {
        return ImportError.of(location, code, args);
    }

    private static ImportRejectedException rejected(List<ImportError> errors) {
        return new ImportRejectedException(errors);
    }

    // ------------------------------------------------------------------ the manifest

    private static final class DoctypeRefused extends Exception {
        private static final long serialVersionUID = 1L;

        DoctypeRefused() {
            super(null, null, false, false);
        }
    }

    private static final class Resource {
        String identifier;
        String scormType;
        String href;
        String base = "";
        final List<String> files = new ArrayList<>();
    }

    private record Item(String organisation, String identifierRef, String title) {
    }

    private static final class Manifest {
        String defaultOrganisation;
        final Map<String, String> organisationTitles = new LinkedHashMap<>();
        final List<Item> items = new ArrayList<>();
        final List<Resource> resources = new ArrayList<>();

        static Manifest parse(byte[] xml) throws XMLStreamException, DoctypeRefused {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setXMLResolver((publicId, systemId, base, ns) -> {
                throw new XMLStreamException("external entity refused");
            });
            Manifest m = new Manifest();
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                m.read(r);
            } finally {
                r.close();
            }
            return m;
        }

        private void read(XMLStreamReader r) throws XMLStreamException, DoctypeRefused {
            Deque<String> path = new ArrayDeque<>();
            String organisation = null;
            String resourcesBase = "";
            Resource resource = null;
            Deque<Item> openItems = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new DoctypeRefused();
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        text.setLength(0);
                        switch (name) {
                            case "organizations" -> defaultOrganisation = attr(r, "default");
                            case "organization" -> {
                                organisation = attr(r, "identifier");
                                organisationTitles.putIfAbsent(String.valueOf(organisation), null);
                            }
                            case "item" -> {
                                Item item = new Item(organisation, attr(r, "identifierref"), null);
                                items.add(item);
                                openItems.push(item);
                            }
                            case "resources" -> resourcesBase = base(r);
                            case "resource" -> {
                                resource = new Resource();
                                resource.identifier = attr(r, "identifier");
                                resource.href = attr(r, "href");
                                resource.scormType = attr(r, "scormtype");
                                resource.base = resourcesBase + base(r);
                                resources.add(resource);
                            }
                            case "file" -> {
                                String href = attr(r, "href");
                                if (resource != null && href != null && !href.isBlank()) {
                                    resource.files.add(href);
                                }
                            }
                            default -> {
                                // metadata and extensions are not needed
                            }
                        }
                        path.push(name);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = path.pop();
                        String parent = path.peek();
                        if (name.equals("title") && "organization".equals(parent) && organisation != null) {
                            organisationTitles.put(organisation, text.toString());
                        } else if (name.equals("title") && "item".equals(parent) && !openItems.isEmpty()) {
                            Item open = openItems.pop();
                            Item titled = new Item(open.organisation(), open.identifierRef(), text.toString());
                            items.set(items.lastIndexOf(open), titled);
                            openItems.push(titled);
                        } else if (name.equals("item") && !openItems.isEmpty()) {
                            openItems.pop();
                        } else if (name.equals("resource")) {
                            resource = null;
                        }
                        text.setLength(0);
                    }
                    default -> {
                        // comments, processing instructions, white space
                    }
                }
            }
        }

        /** An attribute by local name, in any namespace, its case ignored (scormtype / scormType). */
        private static String attr(XMLStreamReader r, String localName) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (r.getAttributeLocalName(i).equalsIgnoreCase(localName)
                        && !XMLConstants.XML_NS_URI.equals(r.getAttributeNamespace(i))) {
                    return r.getAttributeValue(i);
                }
            }
            return null;
        }

        private static String base(XMLStreamReader r) {
            String b = r.getAttributeValue(XMLConstants.XML_NS_URI, "base");
            if (b == null || b.isBlank()) {
                return "";
            }
            return b.endsWith("/") ? b.strip() : b.strip() + "/";
        }

        Optional<Resource> launchResource() {
            List<Item> ordered = new ArrayList<>();
            items.stream().filter(i -> defaultOrganisation != null && defaultOrganisation.equals(i.organisation()))
                    .forEach(ordered::add);
            items.stream().filter(i -> !ordered.contains(i)).forEach(ordered::add);
            for (Item i : ordered) {
                for (Resource res : resources) {
                    if (i.identifierRef() != null && i.identifierRef().equals(res.identifier)
                            && "sco".equalsIgnoreCase(res.scormType) && res.href != null && !res.href.isBlank()) {
                        return Optional.of(res);
                    }
                }
            }
            return Optional.empty();
        }

        String title() {
            String t = defaultOrganisation == null ? null : organisationTitles.get(defaultOrganisation);
            if (blank(t)) {
                t = organisationTitles.values().stream().filter(v -> !blank(v)).findFirst().orElse(null);
            }
            if (blank(t)) {
                t = items.stream().map(Item::title).filter(v -> !blank(v)).findFirst().orElse("SCORM");
            }
            String plain = t.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
            return plain.length() <= MAX_TITLE ? plain : plain.substring(0, MAX_TITLE - 1) + "…";
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
