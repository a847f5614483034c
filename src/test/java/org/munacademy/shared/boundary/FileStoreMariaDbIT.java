package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.it.MariaDb;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileType;

/**
 * The file store on the real MariaDB: a 40 MB file (twice the server's default max_allowed_packet of 16 MB) goes in
 * and comes out streamed in 256 KB chunks, with the same bytes, and neither direction holds it in memory.
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
        FileStore store = new FileStore();
        store.maxBytes = 64L * 1024 * 1024;
        store.directory = Optional.empty();
        store.clock = java.time.Clock.systemUTC();
        EntityManager em = emf.createEntityManager();
        store.em = em;
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
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM shared_file").getSingleResult()).longValue())
                .isEqualTo(1);

        System.out.printf("File store on MariaDB: %d MB file; heap after GC %d MB before, %d MB after writing, "
                + "%d MB after reading%n", SIZE >> 20, heapBefore >> 20, heapAfterWrite >> 20, heapAfterRead >> 20);
        assertThat(heapAfterWrite - heapBefore).as("heap growth while writing").isLessThan(SIZE / 2);
        assertThat(heapAfterRead - heapBefore).as("heap growth while reading").isLessThan(SIZE / 2);
        em.close();
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
