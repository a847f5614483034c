package org.munacademy.shared.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.PayloadTooLargeException;

/**
 * An upload copied to a temporary file while it streams in: its SHA-256 and size counted on the way, its first bytes
 * kept for the type check, refused as soon as it passes the limit. Memory use is one buffer, whatever the size; the
 * temporary file is deleted on {@link #close()}.
 */
public final class FileSpool implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String sha256;
    private final long size;
    private final byte[] head;
    private final int headLength;

    private FileSpool(Path file, String sha256, long size, byte[] head, int headLength) {
        this.file = file;
        this.sha256 = sha256;
        this.size = size;
        this.head = head;
        this.headLength = headLength;
    }

    /**
     * Copies the stream (not closed here) to a temporary file.
     *
     * @throws PayloadTooLargeException as soon as more than {@code maxBytes} have been read (the rest is not read)
     */
    public static FileSpool of(InputStream in, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("academy-file-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileType.HEAD_BYTES];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new PayloadTooLargeException(maxBytes);
                    }
                    if (headLength < head.length) {
                        int k = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, k);
                        headLength += k;
                    }
                    out.write(buffer, 0, n);
                }
            }
            FileSpool spool = new FileSpool(file, HexFormat.of().formatHex(digest.digest()), size, head, headLength);
            file = null;
            return spool;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    /** The SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /**
     * The accepted type the content shows, if any: by the leading bytes, and for a zip also by its entries — a zip
     * with {@code word/document.xml} is a {@link FileType#DOCX} (a damaged zip stays a zip).
     */
    public Optional<FileType> type() {
        Optional<FileType> type = FileType.detect(head, headLength);
        if (type.isPresent() && type.get() == FileType.ZIP && hasEntry("word/document.xml")) {
            return Optional.of(FileType.DOCX);
        }
        return type;
    }

    private boolean hasEntry(String name) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getEntry(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes again, from the temporary file. */
    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The temporary file (for a move into the files directory). */
    public Path path() {
        return file;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file the system cleans up later
        }
    }
}
