package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFingerprintTest {

    @TempDir
    Path root;

    @Test
    void the_same_content_classes_calendar_and_settings_give_the_same_fingerprint() throws IOException {
        write("content/organisation/regions.csv", "code\n35\n");
        write("org/munacademy/A.class", "bytes");
        Optional<String> first = fingerprint(7, Map.of("academy.competency.standard", "MUN-COMP"));
        Optional<String> second = fingerprint(7, Map.of("academy.competency.standard", "MUN-COMP"));
        assertThat(first).isPresent().hasValueSatisfying(f -> assertThat(f).hasSize(64));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_changed_or_added_content_file_changes_the_fingerprint() throws IOException {
        write("content/organisation/regions.csv", "code\n35\n");
        write("org/munacademy/A.class", "bytes");
        Optional<String> before = fingerprint(0, Map.of());
        write("content/organisation/regions.csv", "code\n35\n29\n");
        Optional<String> changed = fingerprint(0, Map.of());
        write("content/identity/persons.csv", "code\n");
        Optional<String> added = fingerprint(0, Map.of());
        assertThat(changed).isPresent().isNotEqualTo(before);
        assertThat(added).isPresent().isNotEqualTo(changed).isNotEqualTo(before);
    }

    @Test
    void new_classes_another_calendar_week_or_another_setting_change_the_fingerprint() throws IOException {
        write("content/organisation/regions.csv", "code\n35\n");
        write("org/munacademy/A.class", "bytes");
        Optional<String> before = fingerprint(0, Map.of("demo", "true"));
        assertThat(fingerprint(7, Map.of("demo", "true"))).isNotEqualTo(before);
        assertThat(fingerprint(0, Map.of("demo", "false"))).isNotEqualTo(before);
        write("org/munacademy/A.class", "other bytes");
        assertThat(fingerprint(0, Map.of("demo", "true"))).isPresent().isNotEqualTo(before);
    }

    @Test
    void secrets_are_left_out_of_the_fingerprint() throws IOException {
        write("content/organisation/regions.csv", "code\n35\n");
        write("org/munacademy/A.class", "bytes");
        assertThat(fingerprint(0, Map.of("academy.admin.password", "one")))
                .isEqualTo(fingerprint(0, Map.of("academy.admin.password", "two")));
        assertThat(ContentFingerprint.secret("ACADEMY_ADMIN_PASSWORD")).isTrue();
        assertThat(ContentFingerprint.secret("academy.competency.standard")).isFalse();
    }

    @Test
    void content_that_cannot_be_listed_gives_no_fingerprint_so_it_is_always_loaded() throws IOException {
        write("content/organisation/regions.csv", "code\n35\n");
        // no org/munacademy/ classes visible to this loader
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(ContentFingerprint.of(loader, 0, Map.of())).isEmpty();
        }
    }

    private Optional<String> fingerprint(long shift, Map<String, String> settings) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return ContentFingerprint.of(loader, shift, settings);
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
