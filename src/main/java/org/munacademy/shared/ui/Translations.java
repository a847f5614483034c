package org.munacademy.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * All UI texts, from the resource bundles found by convention: every {@code i18n/<name>_ru.properties} on the class
 * path is a bundle (with its {@code _en} twin), so a new context or area adds its files and nothing else. Russian is
 * the default; English is the second language. There is no base bundle (no suffix) on purpose, so that a missing key
 * shows as {@code !key!} rather than silently in another language. A key lives in one bundle only
 * ({@code TranslationsTest} checks), so the order in which bundles are asked does not matter.
 */
@ApplicationScoped
public class Translations implements I18NProvider {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);

    /** Where bundles live on the class path, and how the Russian file of a bundle is named. */
    static final String FOLDER = "i18n";
    private static final String RUSSIAN_SUFFIX = "_ru.properties";
    private static final String ANCHOR = "shared";

    private static final Logger LOG = Logger.getLogger(Translations.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final List<String> bundles;

    public Translations() {
        this(Translations.class.getClassLoader());
    }

    /** Texts from the bundles {@code loader} sees (tests pass a loader with extra bundles). */
    Translations(ClassLoader loader) {
        this.loader = loader;
        this.bundles = bundleNames(loader);
        LOG.fine(() -> "Translation bundles: " + bundles);
    }

    /** The bundles found, by name ({@code identity}, {@code assessment-admin}, ...), sorted. */
    List<String> bundles() {
        return bundles;
    }

    /**
     * The names of every {@code i18n/*_ru.properties} the loader sees, in class folders and in jars, sorted by name.
     */
    static List<String> bundleNames(ClassLoader loader) {
        SortedSet<String> names = new TreeSet<>();
        try {
            // a class loader may not list folders as resources: the kernel's own bundle anchors its folder too
            List<URL> roots = new ArrayList<>(Collections.list(loader.getResources(FOLDER)));
            roots.addAll(Collections.list(loader.getResources(FOLDER + "/" + ANCHOR + RUSSIAN_SUFFIX)));
            for (URL root : roots) {
                switch (root.getProtocol()) {
                    case "file" -> names.addAll(inFolder(folderOf(Path.of(root.toURI()))));
                    case "jar" -> names.addAll(inJar(root));
                    default -> LOG.warning(() -> "Translation bundles under " + root + " are not read: unknown "
                            + "protocol " + root.getProtocol());
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the translation bundles under " + FOLDER, e);
        }
        return List.copyOf(names);
    }

    private static Path folderOf(Path fileOrFolder) {
        return Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.getParent();
    }

    private static List<String> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).map(Translations::bundleName)
                    .filter(Objects::nonNull).toList();
        }
    }

    private static List<String> inJar(URL root) throws IOException {
        URLConnection connection = root.openConnection();
        connection.setUseCaches(false);
        if (!(connection instanceof JarURLConnection jar)) {
            return List.of();
        }
        try (JarFile file = jar.getJarFile()) {
            return file.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith(FOLDER + "/") && n.indexOf('/', FOLDER.length() + 1) < 0)
                    .map(n -> bundleName(n.substring(FOLDER.length() + 1))).filter(Objects::nonNull).toList();
        }
    }

    private static String bundleName(String fileName) {
        return fileName.endsWith(RUSSIAN_SUFFIX) && fileName.length() > RUSSIAN_SUFFIX.length()
                ? fileName.substring(0, fileName.length() - RUSSIAN_SUFFIX.length()) : null;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage())
                ? ENGLISH : RUSSIAN;
        for (String bundle : bundles) {
            ResourceBundle b;
            try {
                b = ResourceBundle.getBundle(FOLDER + "/" + bundle, effective, loader, NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (b.containsKey(key)) {
                String text = b.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, effective).format(params);
            }
        }
        LOG.fine(() -> "Missing translation " + key + " for " + effective);
        return "!" + key + "!";
    }
}
