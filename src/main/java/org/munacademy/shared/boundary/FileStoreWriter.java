package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.munacademy.shared.control.FileSpool;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.StoredFile;

/**
 * The file store's writing side, each call in a transaction of its own. A new file's row and bytes commit on their
 * own, before the business transaction that stores it ends, so that two first uploads of the same bytes at the same
 * moment cannot spoil each other's transaction: the second one's insert waits on the unique key of the SHA-256
 * until the first has committed, fails there, and only this transaction of its own is rolled back — the caller
 * ({@link FileStore}) then reads the committed row in a fresh transaction and reuses it.
 * <p>
 * The price: a file stays stored when the business transaction that stored it rolls back. It is content-addressed
 * and referenced by nobody then; the next upload of the same bytes reuses it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TrustsItsCaller("FileStore, which has checked the type and the size of the bytes")
public class FileStoreWriter {

    @PersistenceContext
    EntityManager em;

    /**
     * The file with the spooled bytes: the row stored already, or a new row with its bytes in chunks of
     * {@link FileStore#CHUNK_BYTES} (or in {@code directory}, when that is given).
     *
     * @throws jakarta.persistence.PersistenceException when the same bytes were stored at the same moment by
     *                                                  another transaction (the unique key of the SHA-256)
     */
    public FileInfo store(FileSpool spool, FileType type, String name, String createdBy, Instant now,
            Path directory) {
        StoredFile existing = FileStore.find(em, spool.sha256());
        if (existing != null) {
            return existing.info();
        }
        int chunks = directory != null ? 0 : (int) ((spool.size() + FileStore.CHUNK_BYTES - 1) / FileStore.CHUNK_BYTES);
        StoredFile file = new StoredFile(spool.sha256(), type, spool.size(), name,
                directory != null ? StoredFile.Storage.DIRECTORY : StoredFile.Storage.DATABASE, chunks, createdBy, now);
        em.persist(file);
        em.flush(); // here the unique key of the SHA-256 holds a concurrent first upload of the same bytes
        if (directory != null) {
            moveToDirectory(spool, FileStore.pathOf(directory, spool.sha256()));
        } else {
            writeChunks(file.getId(), spool);
        }
        return file.info();
    }

    /** The stored file with this address, read in a transaction that sees every file committed so far. */
    public Optional<FileInfo> stored(String sha256) {
        return Optional.ofNullable(FileStore.find(em, sha256)).map(StoredFile::info);
    }

    private void writeChunks(long fileId, FileSpool spool) {
        byte[] buffer = new byte[FileStore.CHUNK_BYTES];
        try (InputStream in = spool.open()) {
            for (int seq = 0; ; seq++) {
                int n = in.readNBytes(buffer, 0, FileStore.CHUNK_BYTES);
                if (n <= 0) {
                    break;
                }
                byte[] chunk = n == FileStore.CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, n);
                em.createNativeQuery("INSERT INTO shared_file_chunk (file_id, seq, data) VALUES (?, ?, ?)")
                        .setParameter(1, fileId).setParameter(2, seq).setParameter(3, chunk).executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveToDirectory(FileSpool spool, Path target) {
        try {
            if (Files.exists(target)) {
                return; // content-addressed: the same bytes are there already (a rolled-back earlier store)
            }
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(spool.path(), part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the files directory " + target.getParent(), e);
        }
    }
}
