package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.ErrorCode;
import org.munacademy.shared.entity.Place;
import org.munacademy.shared.entity.Translatable;

/**
 * Text a user reads comes only from the bundles, complete in Russian and English: every error code of every context
 * has its text in both languages, every key of a Russian bundle has its English twin and the other way round, and
 * every text is a valid message pattern whose arguments are the same in both languages.
 */
class TranslationsCompleteTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void every_error_code_of_every_context_has_its_text_in_russian_and_in_english() {
        List<ErrorCode> codes = errorCodes();
        assertThat(codes).as("the error enums of the shared kernel and the contexts").hasSizeGreaterThan(50);
        assertThat(missingKeys(codes.stream().map(c -> new String[] {c.bundle().substring("i18n/".length()), c.key()})
                .toList())).as("error texts missing").isEmpty();
    }

    @Test
    void every_place_an_error_names_has_its_text_in_russian_and_in_english() {
        List<Place> places = enumConstants(Place.class);
        assertThat(places).as("the places of the shared kernel and the contexts").hasSizeGreaterThan(20);
        assertThat(missingKeys(places.stream().map(p -> new String[] {"errors-" + p.context(), p.key()}).toList()))
                .as("place texts missing").isEmpty();
    }

    /** Of each bundle base name and key, those missing in the Russian or the English bundle. */
    private static List<String> missingKeys(List<String[]> bundleAndKey) {
        List<String> missing = new ArrayList<>();
        for (String[] bk : bundleAndKey) {
            for (String language : List.of("ru", "en")) {
                Properties bundle = bundle(bk[0] + "_" + language);
                if (bundle == null || !bundle.containsKey(bk[1])) {
                    missing.add(bk[1] + " in " + bk[0] + "_" + language);
                }
            }
        }
        return missing;
    }

    @Test
    void every_name_an_error_text_shows_reads_in_russian_and_in_english() {
        List<Translatable> names = enumConstants(Translatable.class);
        assertThat(names).as("field names and notes (StaffField, FrameworkField...)").hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        for (Translatable name : names) {
            for (ErrorTexts texts : List.of(ErrorTexts.in(ErrorTexts.RUSSIAN), ErrorTexts.IN_ENGLISH)) {
                String text = name.text(texts);
                if (text.startsWith("!")) {
                    missing.add(name.getClass().getSimpleName() + "." + name + " in " + texts.locale() + ": " + text);
                }
            }
        }
        assertThat(missing).as("texts missing (an error text reads them through ErrorTexts: keys error.*)").isEmpty();
    }

    @Test
    void every_key_of_a_russian_bundle_has_its_english_twin_and_the_other_way_round() {
        Map<String, Set<String>> onlyRussian = new TreeMap<>();
        Map<String, Set<String>> onlyEnglish = new TreeMap<>();
        for (String name : bundleNames()) {
            Properties ru = bundle(name + "_ru");
            Properties en = bundle(name + "_en");
            assertThat(ru).as(name + "_ru.properties").isNotNull();
            assertThat(en).as(name + "_en.properties").isNotNull();
            Set<String> ruOnly = new TreeSet<>(ru.stringPropertyNames());
            ruOnly.removeAll(en.stringPropertyNames());
            Set<String> enOnly = new TreeSet<>(en.stringPropertyNames());
            enOnly.removeAll(ru.stringPropertyNames());
            if (!ruOnly.isEmpty()) {
                onlyRussian.put(name, ruOnly);
            }
            if (!enOnly.isEmpty()) {
                onlyEnglish.put(name, enOnly);
            }
        }
        assertThat(onlyRussian).as("keys without an English text").isEmpty();
        assertThat(onlyEnglish).as("keys without a Russian text").isEmpty();
    }

    @Test
    void every_text_is_a_valid_pattern_with_the_same_arguments_in_both_languages() {
        List<String> problems = new ArrayList<>();
        for (String name : bundleNames()) {
            Properties ru = bundle(name + "_ru");
            Properties en = bundle(name + "_en");
            for (String key : new TreeSet<>(ru.stringPropertyNames())) {
                String russian = ru.getProperty(key);
                String english = en.getProperty(key);
                problems.addAll(patternProblems(name + "_ru " + key, russian));
                if (english != null) {
                    problems.addAll(patternProblems(name + "_en " + key, english));
                    if (!arguments(russian).equals(arguments(english))) {
                        problems.add(name + " " + key + ": arguments " + arguments(russian) + " in Russian, "
                                + arguments(english) + " in English");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_english_texts_have_no_cyrillic_letters_except_quoted_russian_words() {
        List<String> cyrillic = new ArrayList<>();
        for (String name : bundleNames()) {
            Properties en = bundle(name + "_en");
            en.stringPropertyNames().stream().sorted()
                    .filter(key -> en.getProperty(key).replaceAll("«[^»]*»", "").chars()
                            .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                    .forEach(key -> cyrillic.add(name + "_en " + key + "=" + en.getProperty(key)));
        }
        assertThat(cyrillic).isEmpty();
    }

    /** A pattern MessageFormat refuses, or a lone apostrophe that would vanish once arguments are filled in. */
    static List<String> patternProblems(String where, String text) {
        List<String> problems = new ArrayList<>();
        if (!text.contains("{")) {
            return problems; // shown as it is, never formatted
        }
        try {
            new MessageFormat(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": not a valid message pattern (" + e.getMessage() + ")");
        }
        if (text.replace("''", "").contains("'")) {
            problems.add(where + ": a lone apostrophe (write it twice, or use ’)");
        }
        return problems;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Every enum of the application that lists error codes. */
    static List<ErrorCode> errorCodes() {
        return enumConstants(ErrorCode.class);
    }

    /** The constants of every enum of the application (main classes) that implements a type. */
    static <T> List<T> enumConstants(Class<T> type) {
        List<T> codes = new ArrayList<>();
        Path mainClasses;
        try {
            mainClasses = Path.of(ErrorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClasses)) {
            if (c.isEnum() && c.isAssignableTo(type)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    codes.add(type.cast(constant));
                }
            }
        }
        return codes;
    }

    /** The base names of the bundles on the class path ({@code shared}, {@code errors-identity}...). */
    static Set<String> bundleNames() {
        try (Stream<Path> files = Files.list(Path.of(TranslationsCompleteTest.class.getResource("/i18n").toURI()))) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(f -> f.matches(".+_(ru|en)\\.properties"))
                    .forEach(f -> names.add(f.substring(0, f.length() - "_ru.properties".length())));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String name) {
        try (InputStream in = TranslationsCompleteTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
