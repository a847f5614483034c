package org.munacademy.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void each_accepted_type_is_recognised_by_its_leading_bytes() {
        assertThat(detect(Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"))).hasValue(FileType.PNG);
        assertThat(detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).hasValue(FileType.JPEG);
        assertThat(detect("GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1))).hasValue(FileType.GIF);
        assertThat(detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).hasValue(FileType.WEBP);
        assertThat(detect("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))).hasValue(FileType.PDF);
        assertThat(detect(bytes('P', 'K', 3, 4, 20, 0))).hasValue(FileType.ZIP);
    }

    @Test
    void audio_and_video_a_question_plays_are_recognised_by_their_leading_bytes() {
        assertThat(detect("ID3\3\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1))).hasValue(FileType.MP3);
        assertThat(detect(bytes(0xFF, 0xFB, 0x90, 0x64))).hasValue(FileType.MP3);
        assertThat(detect("OggS\0\2\0\0".getBytes(StandardCharsets.ISO_8859_1))).hasValue(FileType.OGG);
        assertThat(detect("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).hasValue(FileType.WAV);
        assertThat(detect("\0\0\0\u0020ftypM4A \0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)))
                .hasValue(FileType.M4A);
        assertThat(detect("\0\0\0\u0018ftypisom\0\0\2\0".getBytes(StandardCharsets.ISO_8859_1)))
                .hasValue(FileType.MP4);
        assertThat(detect(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81))).hasValue(FileType.WEBM);
        assertThat(FileType.MP3.isAudio()).isTrue();
        assertThat(FileType.MP4.isVideo()).isTrue();
        assertThat(FileType.PNG.isAudio() || FileType.PNG.isVideo()).isFalse();
    }

    @Test
    void svg_html_a_renamed_text_and_a_truncated_signature_are_not_accepted() {
        assertThat(detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(detect("просто текст, названный picture.png".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(detect(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(detect("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(detect(bytes(0xFF, 0xE8, 0, 0))).as("reserved MPEG version: no MP3").isEmpty();
        assertThat(detect(bytes(0xFF, 0xFE, 'a', 0))).as("UTF-16 text: no MP3").isEmpty();
        assertThat(detect(new byte[0])).isEmpty();
    }

    @Test
    void a_download_name_gets_the_extension_of_the_type_found_by_content() {
        assertThat(new FileInfo("a".repeat(64), FileType.PNG, 10, "схема").downloadName()).isEqualTo("схема.png");
        assertThat(new FileInfo("a".repeat(64), FileType.PNG, 10, "схема.PNG").downloadName()).isEqualTo("схема.PNG");
        assertThat(new FileInfo("a".repeat(64), FileType.PDF, 10, "").downloadName()).isEqualTo("aaaaaaaaaaaa.pdf");
    }

    @Test
    void a_stored_name_loses_its_path_and_control_characters_and_keeps_its_end_when_too_long() {
        assertThat(StoredFile.fit("C:\\Users\\hr\\Рисунок 1.png")).isEqualTo("Рисунок 1.png");
        assertThat(StoredFile.fit("../../etc/\"pass\nwd\".png")).isEqualTo("passwd.png");
        assertThat(StoredFile.fit("x".repeat(300) + ".png")).hasSize(StoredFile.MAX_NAME).endsWith(".png");
        assertThat(StoredFile.fit(null)).isEqualTo("file");
    }

    private static java.util.Optional<FileType> detect(byte[] head) {
        return FileType.detect(head, head.length);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
