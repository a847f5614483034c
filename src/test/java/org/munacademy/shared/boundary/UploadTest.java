package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.boundary.Upload.Format;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.control.XlsxWriter;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.PayloadTooLargeException;

class UploadTest {

    @Test
    void the_format_is_judged_by_content_not_by_name() throws IOException {
        byte[] xlsx = XlsxWriter.write("x", List.of("a"), List.of());
        assertThat(Upload.of("list.csv", xlsx).format()).isEqualTo(Format.XLSX);
        assertThat(Upload.of("package.xlsx", zip("imsmanifest.xml")).format()).isEqualTo(Format.ZIP);
        assertThat(Upload.of("case.txt", "\uFEFF  {\"CFDocument\":{}}".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(Format.JSON);
        assertThat(Upload.of("x", "[1]".getBytes(StandardCharsets.UTF_8)).format()).isEqualTo(Format.JSON);
        assertThat(Upload.of("list.json", "ФИО;СНИЛС".getBytes(TextDecoding.WINDOWS_1251)).format())
                .isEqualTo(Format.TEXT);
        assertThat(Upload.of("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}).format()).isEqualTo(Format.OLE2);
        assertThat(Upload.of(null, null).format()).isEqualTo(Format.TEXT);
    }

    @Test
    void a_stream_is_read_up_to_its_limit_and_no_further() {
        CountingStream big = new CountingStream(78L * 1024 * 1024);

        assertThatThrownBy(() -> Upload.read("big.csv", big, 1024 * 1024))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("1048576")
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).status()).isEqualTo(413));
        assertThat(big.read).isLessThanOrEqualTo(1024 * 1024 + 1);
    }

    @Test
    void a_stream_of_exactly_the_limit_is_accepted() {
        Upload upload = Upload.read("x.csv", new CountingStream(4096), 4096);

        assertThat(upload.bytes()).hasSize(4096);
    }

    @Test
    void a_windows_1251_csv_with_semicolons_becomes_a_table() {
        byte[] file = "ФИО;Должность\r\nИванова Мария;Главный специалист\r\n".getBytes(TextDecoding.WINDOWS_1251);

        Table table = Upload.of("list.csv", file).table(null);

        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.get("ФИО")).isEqualTo("Иванова Мария");
            assertThat(r.get("Должность")).isEqualTo("Главный специалист");
        });
    }

    @Test
    void a_workbook_becomes_a_table_whatever_its_name() {
        byte[] xlsx = XlsxWriter.write("x", List.of("ФИО"), List.of(List.of(XlsxWriter.Cell.of("Петров Олег"))));

        assertThat(Upload.of("list.csv", xlsx).table(null).rows()).singleElement()
                .satisfies(r -> assertThat(r.get("ФИО")).isEqualTo("Петров Олег"));
    }

    @Test
    void an_old_excel_file_or_a_zip_is_no_table_and_the_message_says_what_to_send() throws IOException {
        assertThatThrownBy(() -> Upload.of("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0,
                0, 0}).table(null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).text(ErrorTexts.IN_ENGLISH)).contains(".xlsx"));
        assertThatThrownBy(() -> Upload.of("a.zip", zip("a.txt")).table(null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).text(ErrorTexts.IN_ENGLISH)).contains("XLSX"));
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A stream of a given length that makes its bytes up as it is read, and counts what was read. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
