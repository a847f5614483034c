package org.munacademy.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationsTest {

    @TempDir
    Path dir;

    @Test
    void the_application_bundles_are_found_by_convention_without_a_list() {
        List<String> bundles = new Translations().bundles();

        assertThat(bundles).contains("shared", "organisation", "identity", "identity-admin", "competency",
                "assessment", "assessment-admin", "home");
        assertThat(bundles).isSorted();
    }

    @Test
    void a_new_bundle_file_in_a_class_folder_is_found_and_its_texts_are_served_in_both_languages() throws IOException {
        Path classes = dir.resolve("classes");
        write(classes.resolve("i18n/sample_ru.properties"),
                "sample.menu=Кадровый резерв\nsample.hello=Резерв {0}\n");
        write(classes.resolve("i18n/sample_en.properties"),
                "sample.menu=Personnel reserve\nsample.hello=Reserve {0}\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                Translations.class.getClassLoader())) {
            Translations translations = new Translations(loader);

            assertThat(translations.bundles()).contains("sample", "shared");
            assertThat(translations.getTranslation("sample.menu", Translations.RUSSIAN)).isEqualTo("Кадровый резерв");
            assertThat(translations.getTranslation("sample.hello", Translations.ENGLISH, "A-1"))
                    .isEqualTo("Reserve A-1");
            assertThat(translations.getTranslation("layout.logout", Translations.ENGLISH))
                    .as("the application's own bundles are still there").doesNotStartWith("!");
        }
    }

    @Test
    void a_bundle_packed_in_a_jar_is_found() throws IOException {
        Path jar = dir.resolve("contest.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("i18n/"));
            out.closeEntry();
            entry(out, "i18n/contest_ru.properties", "contest.menu=Конкурс\n");
            entry(out, "i18n/contest_en.properties", "contest.menu=Contest\n");
            entry(out, "i18n/nested/ignored_ru.properties", "ignored.key=x\n");
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Translations translations = new Translations(loader);

            assertThat(translations.bundles()).containsExactly("contest");
            assertThat(translations.getTranslation("contest.menu", Translations.RUSSIAN)).isEqualTo("Конкурс");
            assertThat(translations.getTranslation("contest.menu", Translations.ENGLISH)).isEqualTo("Contest");
        }
    }

    @Test
    void a_missing_key_shows_as_the_key_rather_than_text_of_another_language() {
        assertThat(new Translations().getTranslation("no.such.key", Translations.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void no_key_is_defined_in_two_bundles_so_the_order_of_bundles_never_decides_a_text() throws IOException {
        Translations translations = new Translations();
        Map<String, String> owner = new HashMap<>();
        Map<String, String> clashes = new HashMap<>();
        for (String bundle : translations.bundles()) {
            for (String language : List.of("ru", "en")) {
                Properties p = load("i18n/" + bundle + "_" + language + ".properties");
                for (String key : p.stringPropertyNames()) {
                    String previous = owner.putIfAbsent(language + ":" + key, bundle);
                    if (previous != null && !previous.equals(bundle)) {
                        clashes.put(key, previous + " and " + bundle);
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void entry(OutputStream jar, String name, String text) throws IOException {
        JarOutputStream out = (JarOutputStream) jar;
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
