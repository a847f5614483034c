package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.shared.control.FileSpool;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;
import org.munacademy.shared.entity.StoredFile;

/**
 * The one store for binary content (question media now; course attachments, SCORM packages, contest attachments and
 * generated PDFs next). Files are addressed by the SHA-256 of their bytes, so the same bytes are stored once however
 * often they are uploaded or referenced; the type is found from the content (see {@link FileType}), a file over
 * {@code academy.files.max-bytes} is refused while it streams in. The bytes go to the database in 256 KB chunks by
 * default, or to the directory {@code academy.files.dir} ({@code ACADEMY_FILES_DIR}) when it is set; neither
 * writing nor reading ever holds a whole file in memory. A new file is written by {@link FileStoreWriter} in a
 * transaction of its own, so that two first uploads of the same bytes at the same moment both succeed with one
 * stored file (the later one finds the earlier one's row once its insert fails on the unique SHA-256).
 * <p>
 * The store does not know who may read or store a file: the context that references it does, in its own
 * boundary, before it calls the store; REST reads through {@link FileReading}, which asks every {@link FileAccess}.
 */
@ApplicationScoped
@TrustsItsCaller("the boundaries of the contexts that keep files, after deciding who may store or read them, and "
        + "FileReading, which asks the contexts")
@Transactional
public class FileStore {

    /** The size of one chunk row. */
    static final int CHUNK_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileStoreWriter writer;

    @Inject
    @ConfigProperty(name = "academy.files.dir")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "academy.files.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The largest file the store accepts, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the bytes of the stream (read to its end, not closed) if they are not stored yet, and returns the file.
     *
     * @param name     the name the file came with (its path is dropped); kept only when the bytes are new
     * @param accepted the types the caller accepts
     * @throws org.munacademy.shared.entity.PayloadTooLargeException over {@link #maxBytes()}, while reading
     * @throws InvalidInputException when the content is empty or not of an accepted type (field {@code file})
     */
    public FileInfo put(InputStream in, String name, Set<FileType> accepted, String createdBy) {
        try (FileSpool spool = FileSpool.of(in, maxBytes)) {
            if (spool.size() == 0) {
                throw new InvalidInputException("file", SharedError.FILE_EMPTY);
            }
            FileType type = spool.type().filter(accepted::contains).orElseThrow(() -> new InvalidInputException(
                    "file", SharedError.FILE_TYPE_NOT_ACCEPTED, shortName(name),
                    accepted.stream().map(FileType::extension).sorted().collect(Collectors.joining(", "))));
            StoredFile existing = find(em, spool.sha256());
            if (existing != null) {
                return existing.info();
            }
            try {
                return writer.store(spool, type, name, createdBy, clock.instant(), directory());
            } catch (RuntimeException e) {
                // another upload of the same bytes won the unique key of the SHA-256 at the same moment and has
                // committed (only the writer's own transaction was rolled back): reuse its file
                return writer.stored(spool.sha256()).orElseThrow(() -> e);
            }
        }
    }

    /**
     * Stores bytes already in memory (a file inside an imported package), like
     * {@link #put(InputStream, String, Set, String)}.
     */
    public FileInfo put(byte[] bytes, String name, Set<FileType> accepted, String createdBy) {
        return put(new java.io.ByteArrayInputStream(bytes), name, accepted, createdBy);
    }

    /** The file with this address, if stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FileInfo> info(String sha256) {
        StoredFile f = FileRefs.isSha256(sha256) ? find(em, sha256) : null;
        return Optional.ofNullable(f).map(StoredFile::info);
    }

    /** Whether the file was first stored by this user (a file they uploaded and may see before anything uses it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean uploadedBy(String sha256, String username) {
        StoredFile f = FileRefs.isSha256(sha256) ? find(em, sha256) : null;
        return f != null && username != null && username.equals(f.getCreatedBy());
    }

    /**
     * The content of a file, without asking who reads it: for a boundary that has decided that itself. The stream
     * reads one chunk at a time, each in its own short query; close it when done.
     *
     * @throws NotFoundException when no such file is stored
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileContent open(String sha256) {
        StoredFile f = FileRefs.isSha256(sha256) ? find(em, sha256) : null;
        if (f == null) {
            throw new NotFoundException(SharedError.FILE_NOT_FOUND);
        }
        InputStream in;
        if (f.getStorage() == StoredFile.Storage.DIRECTORY) {
            try {
                in = Files.newInputStream(pathOf(directory(), f.getSha256()));
            } catch (IOException e) {
                throw new UncheckedIOException("file " + f.getSha256() + " is missing from the files directory", e);
            }
        } else {
            in = new ChunkStream(f.getId(), f.getChunkCount());
        }
        return new FileContent(f.info(), in);
    }

    /** The stored file with this address, or null. */
    static StoredFile find(EntityManager em, String sha256) {
        return em.createQuery("select f from StoredFile f where f.sha256 = :s", StoredFile.class)
                .setParameter("s", sha256).getResultStream().findFirst().orElse(null);
    }

    /** The files directory, or null when the bytes go to the database. */
    private Path directory() {
        return directory.filter(d -> !d.isBlank()).map(Path::of).orElse(null);
    }

    /** {@code <dir>/ab/abcdef…}: two-character folders keep directories small. */
    static Path pathOf(Path directory, String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static String shortName(String name) {
        String n = name == null ? "" : name.strip();
        return n.length() <= 60 ? n : n.substring(0, 60) + "…";
    }

    /** Reads the chunks of a file in order, one query per chunk, so that only one chunk is ever in memory. */
    private final class ChunkStream extends InputStream {
        private final long fileId;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(long fileId, int chunks) {
            this.fileId = fileId;
            this.chunks = chunks;
        }

        private boolean fill() {
            while (position >= current.length) {
                if (next >= chunks) {
                    return false;
                }
                List<?> rows = em.createNativeQuery("SELECT data FROM shared_file_chunk WHERE file_id = ? AND seq = ?")
                        .setParameter(1, fileId).setParameter(2, next).getResultList();
                if (rows.isEmpty()) {
                    LOG.severe(() -> "chunk " + next + " of file " + fileId + " is missing");
                    throw new UncheckedIOException(new IOException("chunk " + next + " of file " + fileId
                            + " is missing"));
                }
                current = bytes(rows.get(0));
                position = 0;
                next++;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }

    private static byte[] bytes(Object value) {
        try {
            if (value instanceof byte[] b) {
                return b;
            }
            if (value instanceof java.sql.Blob blob) {
                return blob.getBytes(1, (int) blob.length());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("unexpected chunk value " + (value == null ? null : value.getClass()));
    }
}
