package org.munacademy.assessment.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;

/**
 * The images of questions while a file is read or written. Reading, every image a question shows (a GIFT
 * {@code [html]} {@code <img>} with a {@code data:} URI or a {@code @@PLUGINFILE@@/name} of a Moodle export packed
 * with its files, a QTI {@code img} or {@code object} with a file of the package) is checked by content, given its
 * content address and put in the text as a file reference ({@link FileRefs}); the importer stores the collected
 * {@link #images()} in the file store. Writing, a {@link Source} gives the bytes of each referenced file.
 */
public final class ItemMedia {

    /** The types a question may show. */
    public static final Set<FileType> IMAGE_TYPES = EnumSet.of(FileType.PNG, FileType.JPEG, FileType.GIF,
            FileType.WEBP);

    /** The audio and video a question may play (an {@code <audio>}/{@code <video>} element on the page). */
    public static final Set<FileType> PLAYED_TYPES = EnumSet.of(FileType.MP3, FileType.OGG, FileType.WAV,
            FileType.M4A, FileType.MP4, FileType.WEBM);

    /** Every type a question's file may have: images and played media. */
    public static final Set<FileType> QUESTION_TYPES = EnumSet.copyOf(IMAGE_TYPES);

    static {
        QUESTION_TYPES.addAll(PLAYED_TYPES);
    }

    /** The prefix Moodle writes before the name of a file that belongs to the question's text. */
    public static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private static final Pattern DATA_URI = Pattern.compile("data:([^;,]*)((?:;[^;,]*)*),(.*)", Pattern.DOTALL);

    /** An image found in a file: its address, the name it had, its type by content and its bytes. */
    public record Image(String sha256, String name, FileType type, byte[] bytes) {
    }

    /** Why an image cannot be taken: the code and arguments of the user's text (the message is for developers). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient AssessmentImportError code;
        private final transient Object[] args;

        public Refused(AssessmentImportError code, Object... args) {
            super(code.name() + java.util.Arrays.toString(args), null, false, false);
            this.code = code;
            this.args = args.clone();
        }

        /** The problem as an error of the import at a place of the file. */
        public ImportError at(Location location) {
            return ImportError.of(location, code, args);
        }
    }

    /** The bytes of stored files by address, for writing them into an exported file. */
    @FunctionalInterface
    public interface Source {
        /** The image with this address, or empty when it is not stored. */
        Optional<Image> image(String sha256);

        /** A source that has no files: references are written as they are. */
        Source NONE = sha -> Optional.empty();
    }

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, Image> images = new LinkedHashMap<>();

    /** For a file that comes alone (a GIFT text): only {@code data:} images can be read. */
    public ItemMedia() {
        this(Map.of());
    }

    /** For a file that comes with others (a package): {@code files} by their path in the package. */
    public ItemMedia(Map<String, byte[]> files) {
        this.files.putAll(files);
    }

    /** Makes the files of a package available to its questions, by their path in the package. */
    void addFiles(Map<String, byte[]> more) {
        files.putAll(more);
    }

    /** The images (and audio and video) read so far, each once, in order of first appearance. */
    public List<Image> images() {
        return new ArrayList<>(images.values());
    }

    /** The reference for an image given as a {@code data:} URI (base64 or percent-encoded). */
    public String dataUri(String uri, String alt) throws Refused {
        Matcher m = DATA_URI.matcher(uri.strip());
        if (!m.matches()) {
            throw new Refused(AssessmentImportError.IMAGE_DATA_UNREADABLE);
        }
        byte[] bytes;
        try {
            if (m.group(2).toLowerCase(Locale.ROOT).contains(";base64")) {
                bytes = Base64.getMimeDecoder().decode(m.group(3));
            } else {
                bytes = java.net.URLDecoder.decode(m.group(3).replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.ISO_8859_1)
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        } catch (IllegalArgumentException e) {
            throw new Refused(AssessmentImportError.IMAGE_DATA_DAMAGED);
        }
        return add(bytes, "data:" + (m.group(1).isBlank() ? "" : m.group(1)), alt);
    }

    /** The reference for an image that is a file of the package, by its path there. */
    public String file(String path, String alt) throws Refused {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new Refused(AssessmentImportError.IMAGE_NOT_IN_PACKAGE, path);
        }
        return add(bytes, path.substring(path.lastIndexOf('/') + 1), alt);
    }

    /**
     * The reference for audio or video that is a file of the package, by its path there: checked by content to be
     * one of {@link #PLAYED_TYPES} (the type the item declares is not trusted).
     */
    public String played(String path, String alt) throws Refused {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new Refused(AssessmentImportError.IMAGE_NOT_IN_PACKAGE, path);
        }
        return stored(bytes, path.substring(path.lastIndexOf('/') + 1), alt, PLAYED_TYPES,
                AssessmentImportError.MEDIA_NOT_PLAYABLE);
    }

    /** Whether the package holds a file with this path. */
    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** The reference for the bytes of an image, after checking them by content. */
    public String add(byte[] bytes, String name, String alt) throws Refused {
        return stored(bytes, name, alt, IMAGE_TYPES, AssessmentImportError.IMAGE_NOT_AN_IMAGE);
    }

    /** The reference for bytes of one of the {@code allowed} types by content, kept for the file store. */
    private String stored(byte[] bytes, String name, String alt, Set<FileType> allowed, AssessmentImportError other)
            throws Refused {
        if (bytes.length == 0) {
            throw new Refused(AssessmentImportError.IMAGE_EMPTY, name);
        }
        FileType type = FileType.detect(bytes, bytes.length).filter(allowed::contains).orElseThrow(() ->
                new Refused(other, name));
        String sha = sha256(bytes);
        images.putIfAbsent(sha, new Image(sha, name, type, bytes));
        return FileRefs.reference(sha, alt);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
