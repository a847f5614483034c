package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.PayloadTooLargeException;

class FileSpoolTest {

    @Test
    void the_spool_counts_size_and_sha256_finds_the_type_and_gives_the_bytes_back() throws Exception {
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(200_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path file;
        try (FileSpool spool = FileSpool.of(new ByteArrayInputStream(pdf), 1_000_000)) {
            assertThat(spool.size()).isEqualTo(pdf.length);
            assertThat(spool.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(pdf)));
            assertThat(spool.type()).hasValue(FileType.PDF);
            try (InputStream in = spool.open()) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
            file = spool.path();
        }
        assertThat(Files.exists(file)).as("temporary file deleted on close").isFalse();
    }

    @Test
    void an_endless_upload_is_refused_once_it_passes_the_limit_without_reading_the_rest() {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                read[0] += len;
                return len;
            }
        };

        assertThatThrownBy(() -> FileSpool.of(endless, 1_000_000)).isInstanceOf(PayloadTooLargeException.class);
        assertThat(read[0]).isLessThan(1_000_000 + 64 * 1024 + 1);
    }

    // attach
    @Test
    void a_zip_with_a_word_document_part_is_a_docx_and_any_other_zip_stays_a_zip() throws Exception {
        assertThat(spooled(zip("[Content_Types].xml", "word/document.xml"))).hasValue(FileType.DOCX);
        assertThat(spooled(zip("imsmanifest.xml", "index.html"))).hasValue(FileType.ZIP);
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
        assertThat(spooled(broken)).as("a damaged zip is no document").hasValue(FileType.ZIP);
    }

    private static java.util.Optional<FileType> spooled(byte[] bytes) {
        try (FileSpool spool = FileSpool.of(new ByteArrayInputStream(bytes), 1_000_000)) {
            return spool.type();
        }
    }

    private static byte[] zip(String... entries) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e));
                zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
