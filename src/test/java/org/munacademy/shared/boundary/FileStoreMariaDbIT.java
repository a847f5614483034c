package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.it.MariaDb;
import org.munacademy.shared.control.FileSpool;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileType;

/**
 * The file store on the real MariaDB: a 40 MB file (twice the server's default max_allowed_packet of 16 MB) goes in
 * and comes out streamed in 256 KB chunks, with the same bytes, and neither direction holds it in memory; two first
 * uploads of the same bytes at the same moment both succeed with one stored file.
 * <p>
 * The store runs here outside the container, on resource-local transactions: each test thread's "business"
 * transaction is its own entity manager's, and {@link OwnTransactions} gives every {@link FileStoreWriter} call a
 * new entity manager and transaction, as the container does for its {@code REQUIRES_NEW}.
 */
class FileStoreMariaDbIT {

    static final String DATABASE = "academy_files_it";
    static final long SIZE = 40L * 1024 * 1024;
    static EntityManagerFactory emf;

    @BeforeAll
    static void freshDatabase() {
        emf = MariaDb.migratedPersistenceUnit(DATABASE, "academy_files", "academy_files_pw", ds -> ds);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void a_file_larger_than_a_packet_is_stored_and_read_back_in_chunks_without_holding_it_in_memory()
            throws Exception {
        EntityManager em = emf.createEntityManager();
        FileStore store = store(em, new OwnTransactions());
        MessageDigest written = MessageDigest.getInstance("SHA-256");

        long heapBefore = usedHeap();
        em.getTransaction().begin();
        FileInfo info = store.put(new Generated(SIZE, written), "большой отчёт.pdf", EnumSet.of(FileType.PDF), "it");
        em.getTransaction().commit();
        long heapAfterWrite = usedHeap();
        em.clear();

        String sha = HexFormat.of().formatHex(written.digest());
        assertThat(info.sha256()).isEqualTo(sha);
        assertThat(info.size()).isEqualTo(SIZE);
        assertThat(info.type()).isEqualTo(FileType.PDF);
        List<?> chunks = em.createNativeQuery("SELECT COUNT(*), MAX(LENGTH(data)), SUM(LENGTH(data)) "
                + "FROM shared_file_chunk c JOIN shared_file f ON f.id = c.file_id WHERE f.sha256 = ?")
                .setParameter(1, sha).getResultList();
        Object[] row = (Object[]) chunks.get(0);
        assertThat(((Number) row[0]).longValue()).isEqualTo(SIZE / FileStore.CHUNK_BYTES);
        assertThat(((Number) row[1]).longValue()).isEqualTo(FileStore.CHUNK_BYTES);
        assertThat(((Number) row[2]).longValue()).isEqualTo(SIZE);

        MessageDigest read = MessageDigest.getInstance("SHA-256");
        long count = 0;
        FileContent content = store.open(sha);
        try (InputStream in = content.stream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.update(buffer, 0, n);
                count += n;
            }
        }
        long heapAfterRead = usedHeap();
        assertThat(count).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(sha);

        // the same bytes again are the same file, nothing is written twice
        em.getTransaction().begin();
        assertThat(store.put(new Generated(SIZE, MessageDigest.getInstance("SHA-256")), "copy.pdf",
                EnumSet.of(FileType.PDF), "it").name()).isEqualTo("большой отчёт.pdf");
        em.getTransaction().commit();
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM shared_file WHERE sha256 = ?")
                .setParameter(1, sha).getSingleResult()).longValue()).isEqualTo(1);

        System.out.printf("File store on MariaDB: %d MB file; heap after GC %d MB before, %d MB after writing, "
                + "%d MB after reading%n", SIZE >> 20, heapBefore >> 20, heapAfterWrite >> 20, heapAfterRead >> 20);
        assertThat(heapAfterWrite - heapBefore).as("heap growth while writing").isLessThan(SIZE / 2);
        assertThat(heapAfterRead - heapBefore).as("heap growth while reading").isLessThan(SIZE / 2);
        em.close();
    }

    /**
     * Two uploads of the same new bytes in two transactions at once: the first stores the file and holds its commit
     * until the second one's insert waits on the unique key of the SHA-256; then it commits, the second insert fails
     * on the key, and the second upload reads the first one's file and returns it — its own business transaction
     * is not spoiled and commits. One row, one set of chunks.
     */
    @Test
    void two_first_uploads_of_the_same_bytes_at_once_store_one_file_and_the_later_one_reuses_it() throws Exception {
        byte[] bytes = new byte[600 * 1024]; // three chunks
        new Random(7).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        CountDownLatch firstWritten = new CountDownLatch(1);
        OwnTransactions firstWriter = new OwnTransactions();
        firstWriter.beforeCommit = () -> {
            firstWritten.countDown();
            awaitLockWait(); // the second upload's insert now waits for this transaction
        };
        OwnTransactions secondWriter = new OwnTransactions();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<FileInfo> first = threads.submit(() -> upload(firstWriter, bytes, "первый.pdf", "first"));
            assertThat(firstWritten.await(60, TimeUnit.SECONDS)).as("the first upload wrote its file").isTrue();
            Future<FileInfo> second = threads.submit(() -> upload(secondWriter, bytes, "второй.pdf", "second"));

            FileInfo a = first.get(120, TimeUnit.SECONDS);
            FileInfo b = second.get(120, TimeUnit.SECONDS);
            assertThat(a.sha256()).isEqualTo(sha);
            assertThat(b).as("the later upload returns the file the first one stored").isEqualTo(a);
            assertThat(b.name()).isEqualTo("первый.pdf");
        } finally {
            threads.shutdownNow();
        }
        assertThat(firstWriter.failures).isEmpty();
        assertThat(secondWriter.failures).as("the later upload's own insert failed on the unique key")
                .singleElement().satisfies(e -> assertThat(stackText(e)).containsIgnoringCase("duplicate"));
        EntityManager check = emf.createEntityManager();
        Object[] row = (Object[]) check.createNativeQuery("SELECT COUNT(DISTINCT f.id), COUNT(c.seq), "
                + "SUM(LENGTH(c.data)) FROM shared_file f JOIN shared_file_chunk c ON c.file_id = f.id "
                + "WHERE f.sha256 = ?").setParameter(1, sha).getSingleResult();
        assertThat(((Number) row[0]).longValue()).as("files").isEqualTo(1);
        assertThat(((Number) row[1]).longValue()).as("chunks").isEqualTo(3);
        assertThat(((Number) row[2]).longValue()).as("bytes").isEqualTo(bytes.length);
        check.close();
    }

    /** One upload in a business transaction of its own, which must commit. */
    private static FileInfo upload(OwnTransactions writer, byte[] bytes, String name, String user) {
        EntityManager em = emf.createEntityManager();
        try {
            FileStore store = store(em, writer);
            em.getTransaction().begin();
            FileInfo info = store.put(bytes, name, EnumSet.of(FileType.PDF), user);
            em.getTransaction().commit();
            return info;
        } finally {
            em.close();
        }
    }

    private static FileStore store(EntityManager em, FileStoreWriter writer) {
        FileStore store = new FileStore();
        store.maxBytes = 64L * 1024 * 1024;
        store.directory = Optional.empty();
        store.clock = java.time.Clock.systemUTC();
        store.em = em;
        store.writer = writer;
        return store;
    }

    /** Waits until some transaction waits for a row lock (InnoDB says so), i.e. the second insert is blocked. */
    private static void awaitLockWait() {
        try (Connection c = MariaDb.root(DATABASE); Statement s = c.createStatement()) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the second upload never waited for the first one's row");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String stackText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    /**
     * The writer with what the container's {@code REQUIRES_NEW} gives it: every call in a new entity manager and
     * transaction, committed when it returns and rolled back when it throws (what it threw is kept).
     */
    static final class OwnTransactions extends FileStoreWriter {
        final List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable beforeCommit = () -> { };

        @Override
        public FileInfo store(FileSpool spool, FileType type, String name, String createdBy, Instant now,
                Path directory) {
            return inOwnTransaction(() -> super.store(spool, type, name, createdBy, now, directory));
        }

        @Override
        public Optional<FileInfo> stored(String sha256) {
            return inOwnTransaction(() -> super.stored(sha256));
        }

        private <T> T inOwnTransaction(java.util.function.Supplier<T> call) {
            EntityManager own = emf.createEntityManager();
            em = own;
            try {
                own.getTransaction().begin();
                T result = call.get();
                beforeCommit.run();
                own.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                failures.add(e);
                if (own.getTransaction().isActive()) {
                    own.getTransaction().rollback();
                }
                throw e;
            } finally {
                own.close();
            }
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Deterministic pseudo-random bytes behind a PDF header, generated while read, digested on the way. */
    static final class Generated extends InputStream {
        private final long size;
        private final MessageDigest digest;
        private final Random random = new Random(42);
        private final byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private long position;

        Generated(long size, MessageDigest digest) {
            this.size = size;
            this.digest = digest;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            for (int i = 0; i < n && position + i < header.length; i++) {
                chunk[i] = header[(int) (position + i)];
            }
            System.arraycopy(chunk, 0, b, off, n);
            digest.update(chunk);
            position += n;
            return n;
        }
    }
}
