package org.munacademy.shared.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.SharedError;

/**
 * Turns the bytes of an uploaded text file (CSV, GIFT, CASE JSON) into text, the way a Russian user's files come:
 * UTF-8 with or without a byte order mark, UTF-16 with one, or — without any declaration — Windows-1251, which Excel
 * and Notepad in Russian save by default. A charset the client declares is obeyed, strictly. Bytes are never replaced
 * silently by U+FFFD: text either decodes exactly or the import is refused.
 * <p>
 * A boundary piece: REST resources and import views alike read uploads through it, so an upload means the same text
 * whichever entry it came by (views may not use control classes).
 */
public final class TextDecoding {

    /** The Russian Windows code page, what Excel writes for "CSV (разделители — точка с запятой)". */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextDecoding() {
    }

    /** Decoded text and the charset it was read in (for messages and tests). */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Decodes a file's bytes.
     *
     * @param bytes    the file
     * @param declared the charset name the client declared (Content-Type parameter), or null/blank when none
     * @throws InvalidInputException (field {@code file} or {@code charset}) when a declared charset is unknown or
     *                                  the bytes are not valid in it
     */
    public static Decoded decode(byte[] bytes, String declared) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        Optional<Charset> named = charset(declared);
        if (named.isPresent()) {
            Charset cs = named.get();
            int skip = cs.equals(StandardCharsets.UTF_8) && hasUtf8Bom(b) ? 3 : 0;
            return strict(b, skip, cs).map(t -> new Decoded(t, cs)).orElseThrow(() ->
                    new InvalidInputException("file", SharedError.FILE_NOT_IN_DECLARED_CHARSET, cs.name()));
        }
        if (hasUtf8Bom(b)) {
            return strict(b, 3, StandardCharsets.UTF_8).map(t -> new Decoded(t, StandardCharsets.UTF_8))
                    .orElseThrow(() -> new InvalidInputException("file", SharedError.FILE_BOM_BUT_NOT_UTF8));
        }
        if (b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF
                || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            Charset utf16 = b[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(b, 2, utf16).map(t -> new Decoded(t, utf16)).orElseThrow(() ->
                    new InvalidInputException("file", SharedError.FILE_UTF16_DAMAGED));
        }
        Optional<String> utf8 = strict(b, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        return strict(b, 0, WINDOWS_1251).map(t -> new Decoded(t, WINDOWS_1251)).orElseThrow(() ->
                new InvalidInputException("file", SharedError.FILE_ENCODING_UNKNOWN));
    }

    /** The text of a file that came without a declared charset (a browser upload). */
    public static String text(byte[] bytes) {
        return decode(bytes, null).text();
    }

    /** The text of an uploaded body, with the charset its {@code Content-Type} declares (if any). */
    public static String text(byte[] bytes, HttpHeaders headers) {
        return text(bytes, declaredCharset(headers));
    }

    /** The charset a request's {@code Content-Type} declares, or null when it declares none. */
    public static String declaredCharset(HttpHeaders headers) {
        MediaType type = headers == null ? null : headers.getMediaType();
        return type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    }

    /** {@link #decode} for callers that only need the text. */
    public static String text(byte[] bytes, String declared) {
        return decode(bytes, declared).text();
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    private static Optional<String> strict(byte[] b, int offset, Charset cs) {
        try {
            return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String name = declared.strip();
        if (name.length() > 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("charset", SharedError.UNKNOWN_CHARSET,
                    name.substring(0, Math.min(name.length(), 40)));
        }
    }
}
