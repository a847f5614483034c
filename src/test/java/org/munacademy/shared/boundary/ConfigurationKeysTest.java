package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No dead configuration: every {@code academy.*} key the defaults file sets and every {@code ACADEMY_*} variable the
 * README, the docker files or the build name is read somewhere in the application (a {@code @ConfigProperty}, a
 * {@code Config} look-up, an {@code MPCONFIG=} expression or another default that refers to it); and every key the
 * application reads is documented in the README. Keys are compared in MicroProfile Config's environment form
 * ({@code academy.files.max-bytes} is {@code ACADEMY_FILES_MAX_BYTES}).
 */
class ConfigurationKeysTest {

    private static final Path DEFAULTS = Path.of("src/main/resources/META-INF/microprofile-config.properties");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(?:\\$\\{MPCONFIG=)?(academy\\.[a-z0-9.-]*[a-z0-9])");
    private static final Pattern KEY_IN_DEFAULTS = Pattern.compile("\\$\\{(academy\\.[a-z0-9.-]*[a-z0-9])}");
    private static final Pattern VARIABLE = Pattern.compile("\\bACADEMY_[A-Z0-9_]*[A-Z0-9]\\b");
    /** Keys that are names of other things and not configuration (a session attribute of the UI). */
    private static final Set<String> NOT_CONFIGURATION = Set.of("ACADEMY_LOCALE");

    @Test
    void every_default_in_the_configuration_file_is_read_by_the_application() throws IOException {
        Set<String> read = readByTheApplication();
        Properties defaults = new Properties();
        try (Reader in = Files.newBufferedReader(DEFAULTS, StandardCharsets.UTF_8)) {
            defaults.load(in);
        }
        Set<String> set = defaults.stringPropertyNames().stream().filter(k -> k.startsWith("academy."))
                .map(ConfigurationKeysTest::environmentForm).collect(Collectors.toCollection(TreeSet::new));
        assertThat(set).as("keys set in %s", DEFAULTS).isNotEmpty();
        assertThat(read).as("keys the application reads").containsAll(set);
    }

    @Test
    void every_variable_the_readme_docker_files_and_build_name_is_read_by_the_application() throws IOException {
        Set<String> read = readByTheApplication();
        Set<String> named = new TreeSet<>();
        for (Path file : Stream.concat(Stream.of(Path.of("README.md"), Path.of("pom.xml")), files(Path.of("docker")))
                .toList()) {
            Matcher m = VARIABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                named.add(m.group());
            }
        }
        assertThat(named).as("variables named in README.md, pom.xml and docker/").hasSizeGreaterThan(20);
        assertThat(read).as("keys the application reads").containsAll(named);
    }

    @Test
    void every_key_the_application_reads_is_documented_in_the_readme() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = VARIABLE.matcher(readme);
        while (m.find()) {
            documented.add(m.group());
        }
        Matcher property = Pattern.compile("(?<![a-z0-9.])academy\\.[a-z0-9.-]*[a-z0-9]").matcher(readme);
        while (property.find()) {
            documented.add(environmentForm(property.group()));
        }
        Set<String> read = readByTheApplication();
        read.removeAll(NOT_CONFIGURATION);
        assertThat(documented).as("ACADEMY_* variables and academy.* properties documented in README.md")
                .containsAll(read);
    }

    /** Every academy.* key a main source or the defaults file reads, in environment form. */
    private static Set<String> readByTheApplication() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path source : files(Path.of("src/main/java")).filter(p -> p.toString().endsWith(".java")).toList()) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(environmentForm(m.group(1)));
            }
        }
        Matcher m = KEY_IN_DEFAULTS.matcher(Files.readString(DEFAULTS, StandardCharsets.UTF_8));
        while (m.find()) {
            keys.add(environmentForm(m.group(1)));
        }
        assertThat(keys).as("keys read by src/main").hasSizeGreaterThan(20);
        return keys;
    }

    private static Stream<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }

    /** MicroProfile Config's environment form of a key: every character other than a letter or digit is "_". */
    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
