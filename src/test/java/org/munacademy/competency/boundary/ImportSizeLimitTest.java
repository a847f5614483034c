package org.munacademy.competency.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.PayloadTooLargeException;

/**
 * A 78 MB CSV sent to the import is refused while it streams, at the import limit, without being read whole: the
 * import resources read their body through {@link Upload#read} exactly as here. The heap growth is printed for the
 * record (before the kit a 78 MB file grew the heap by about 1 GB before its 400); what is asserted is how much of
 * the stream was consumed and that the heap grew by less than the file.
 */
class ImportSizeLimitTest {

    static final long FILE_BYTES = 78L * 1024 * 1024;

    /** A CSV of {@code size} bytes made up while it is read: it never exists whole, here or anywhere. */
    static final class GeneratedCsv extends InputStream {

        private static final byte[] HEADER = "record,code,parent,name,description,kind,level\n"
                .getBytes(StandardCharsets.UTF_8);
        private static final byte[] ROW = "INDICATOR,,A1,Отвечает на обращения граждан в установленный срок,,,1\n"
                .getBytes(StandardCharsets.UTF_8);
        private final long size;
        private long position;

        GeneratedCsv(long size) {
            this.size = size;
        }

        long consumed() {
            return position;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long p = position++;
            return (p < HEADER.length ? HEADER[(int) p] : ROW[(int) ((p - HEADER.length) % ROW.length)]) & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    @Test
    void a_78_megabyte_csv_is_refused_at_the_limit_while_streaming_without_being_read_whole() {
        GeneratedCsv csv = new GeneratedCsv(FILE_BYTES);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        assertThatThrownBy(() -> Upload.read("big.csv", csv, Upload.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(PayloadTooLargeException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains(String.valueOf(Upload.DEFAULT_MAX_BYTES));
                });

        long peakAfter = runtime.totalMemory() - runtime.freeMemory();
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - before;
        System.out.printf("78 MB CSV: %,d bytes read of %,d (limit %,d); heap grew by %,d bytes while reading, "
                        + "%,d retained after%n", csv.consumed(), FILE_BYTES, Upload.DEFAULT_MAX_BYTES,
                peakAfter - before, retained);
        assertThat(csv.consumed()).as("bytes taken from the stream").isLessThanOrEqualTo(
                Upload.DEFAULT_MAX_BYTES + 64 * 1024 + 1).isLessThan(FILE_BYTES);
        assertThat(peakAfter - before).as("heap growth while reading").isLessThan(FILE_BYTES);
    }
}
