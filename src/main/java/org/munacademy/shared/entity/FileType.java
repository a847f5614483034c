package org.munacademy.shared.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the file store accepts, each recognised by its content (magic bytes), never by the name or the
 * type a client declares. SVG is not among them: it is a document that can carry scripts, and a sanitiser is more
 * code to trust than the figures are worth (export them as PNG).
 */
public enum FileType {
    PNG("image/png", "png", true),
    JPEG("image/jpeg", "jpg", true),
    GIF("image/gif", "gif", true),
    WEBP("image/webp", "webp", true),
    PDF("application/pdf", "pdf", false),
    ZIP("application/zip", "zip", false),
    /**
     * A file inside a content package (a SCORM package's HTML, scripts, styles, media), stored as it came: never
     * {@link #detect detected} and never accepted by {@link #detect}-based uploads; served only as a download
     * ({@code application/octet-stream}) by the store, and with a type by extension only on the package's own
     * path by the context that owns the package (which checks the magic bytes of binary media itself).
     */
    PACKAGE_ENTRY("application/octet-stream", "bin", false),
    // qtimedia: audio and video a question may play (detected by content like the images)
    MP3("audio/mpeg", "mp3", false),
    OGG("audio/ogg", "ogg", false),
    WAV("audio/wav", "wav", false),
    M4A("audio/mp4", "m4a", false),
    MP4("video/mp4", "mp4", false),
    WEBM("video/webm", "webm", false),
    // attach: contest attachments (a case solution as a Word document)
    /**
     * An Office Open XML word-processing document: a zip whose entries include {@code word/document.xml}. The leading
     * bytes show only a zip; {@link org.munacademy.shared.control.FileSpool#type()} looks inside the spooled zip.
     */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false);

    /** How many leading bytes {@link #detect} needs at most. */
    public static final int HEAD_BYTES = 16;

    private final String mediaType;
    private final String extension;
    private final boolean image;

    FileType(String mediaType, String extension, boolean image) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
    }

    /** The Content-Type the file is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether a browser shows it inline as an {@code <img>}. */
    public boolean isImage() {
        return image;
    }

    /** Whether a browser plays it in an {@code <audio>} element. */
    public boolean isAudio() {
        return mediaType.startsWith("audio/");
    }

    /** Whether a browser plays it in a {@code <video>} element. */
    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    /** The type whose media type this is, if any. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /**
     * The type the leading bytes of a file show, if it is one we accept: PNG's eight-byte signature, JPEG's SOI
     * marker followed by a marker, GIF87a/GIF89a, RIFF….WEBP, {@code %PDF-}, a zip's local file header or the end
     * record of an empty zip; audio and video: an ID3 tag or an MPEG audio layer II/III frame header (MP3),
     * {@code OggS}, RIFF….WAVE, an ISO media {@code ftyp} box (brand M4A/M4B: audio, else video MP4) and the EBML
     * header of WebM/Matroska.
     */
    public static Optional<FileType> detect(byte[] head, int length) {
        int n = Math.min(length, head.length);
        if (starts(head, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, n, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, n, 'G', 'I', 'F', '8', '7', 'a') || starts(head, n, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (n >= 12 && starts(head, n, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
                && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (starts(head, n, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(head, n, 'P', 'K', 3, 4) || starts(head, n, 'P', 'K', 5, 6)) {
            return Optional.of(ZIP);
        }
        return detectMedia(head, n);
    }

    private static Optional<FileType> detectMedia(byte[] head, int n) {
        if (starts(head, n, 'I', 'D', '3') || n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0
                && ((head[1] & 0x06) == 0x02 || (head[1] & 0x06) == 0x04) && (head[1] & 0x18) != 0x08) {
            // layer III or II of a defined MPEG version (layer I left out: FF FE is also UTF-16's byte order mark)
            return Optional.of(MP3);
        }
        if (starts(head, n, 'O', 'g', 'g', 'S')) {
            return Optional.of(OGG);
        }
        if (n >= 12 && starts(head, n, 'R', 'I', 'F', 'F') && head[8] == 'W' && head[9] == 'A' && head[10] == 'V'
                && head[11] == 'E') {
            return Optional.of(WAV);
        }
        if (n >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            boolean audio = head[8] == 'M' && head[9] == '4' && (head[10] == 'A' || head[10] == 'B');
            return Optional.of(audio ? M4A : MP4);
        }
        if (starts(head, n, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
