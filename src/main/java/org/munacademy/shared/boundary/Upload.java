package org.munacademy.shared.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.control.Xlsx;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.PayloadTooLargeException;
import org.munacademy.shared.entity.SharedError;

/**
 * An uploaded file, read the one way every import reads its input (REST resources and views alike): streamed with a
 * size limit that is enforced while reading (413 naming the limit as soon as the stream passes it; never more than
 * the limit in memory), its format detected by content, not by name — XLSX by the zip signature and its workbook
 * part, ZIP (a QTI package) by the signature alone, JSON by its first character, text otherwise — and, for text,
 * its encoding ({@link TextDecoding}) and, for a table, the CSV delimiter.
 *
 * @param name   the file name the client gave (for messages only; may be null)
 * @param bytes  the content
 * @param format what the content is
 */
public record Upload(String name, byte[] bytes, Format format) {

    /** The default limit of an import file: larger than any staff list, standard or question bank we have seen. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** What an upload is, judged by its bytes. */
    public enum Format {
        /** An Office Open XML workbook (zip with {@code xl/workbook.xml}). */
        XLSX,
        /** Any other zip archive (a QTI content package). */
        ZIP,
        /** An old binary Office file (.xls, .doc): refused, with a hint to save as XLSX or CSV. */
        OLE2,
        /** Text starting with {@code {} or {@code [} (after a byte order mark and white space). */
        JSON,
        /** Anything else: CSV, GIFT, plain text. */
        TEXT
    }

    /** Reads a stream up to the limit; a longer stream is refused with {@link PayloadTooLargeException}. */
    public static Upload read(String name, InputStream in, long maxBytes) {
        return of(name, readLimited(in, maxBytes));
    }

    /** An upload already in memory (a browser upload under its own size limit). */
    public static Upload of(String name, byte[] bytes) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        return new Upload(name, b, detect(b));
    }

    /**
     * The bytes of a stream, at most {@code maxBytes}: reading stops (and the upload is refused with 413 naming the
     * limit) as soon as one byte more arrives, so that a huge file is never held whole.
     */
    public static byte[] readLimited(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream input = in) {
            for (int n; (n = input.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - total + 1))) > 0;) {
                total += n;
                if (total > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The format of some bytes (see {@link Format}). */
    public static Format detect(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6)) {
            return contains(b, "xl/workbook.") ? Format.XLSX : Format.ZIP;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0) {
            return Format.OLE2;
        }
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && (b[i] == '{' || b[i] == '[') ? Format.JSON : Format.TEXT;
    }

    /** The text of a text upload (see {@link TextDecoding}); a charset the client declared is obeyed. */
    public TextDecoding.Decoded text(String declaredCharset) {
        if (format == Format.XLSX || format == Format.ZIP || format == Format.OLE2) {
            throw new InvalidInputException("file", SharedError.TEXT_FILE_EXPECTED, format.name());
        }
        return TextDecoding.decode(bytes, declaredCharset);
    }

    /**
     * The upload as a table: the first sheet of a workbook, or a CSV file in its encoding with its delimiter
     * ({@code ;}, {@code ,} or tab). Anything else is refused with a message naming what to send instead.
     */
    public Table table(String declaredCharset) {
        return switch (format) {
            case XLSX -> Xlsx.read(bytes);
            case TEXT -> Csv.table(text(declaredCharset).text());
            case OLE2 -> throw new InvalidInputException("file", SharedError.OLD_EXCEL_FORMAT);
            default -> throw new InvalidInputException("file", SharedError.TABLE_EXPECTED, format.name());
        };
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
