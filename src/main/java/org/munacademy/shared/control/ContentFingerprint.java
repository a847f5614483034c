package org.munacademy.shared.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the seed content loaders would do at start-up, as one SHA-256: every file under {@code content/} on the class
 * path, the application's own classes (a new build may load differently), the weeks {@link ContentCalendar} moves the
 * timeline by, and the {@code academy.*} settings (the demo accounts, the first administrator, the standard's code;
 * passwords and secrets left out, they are not the content's). The same fingerprint as the last complete load
 * means the loaders would find nothing to do, so start-up skips them; anything else loads as before.
 */
public final class ContentFingerprint {

    /** Moves every stored fingerprint on when the rule above changes. */
    static final int VERSION = 1;

    private ContentFingerprint() {
    }

    /**
     * The fingerprint of the content and classes the given class loader sees, or empty when they cannot be listed
     * (then the content is always loaded).
     */
    public static Optional<String> of(ClassLoader loader, long calendarShiftDays, Map<String, String> settings) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            if (!collect(loader, "content/", files) || !collect(loader, "org/munacademy/", files)) {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(digest(files, calendarShiftDays, settings));
    }

    /** The SHA-256 of the files (by name), the calendar's shift and the settings that are not secrets. */
    static String digest(SortedMap<String, byte[]> files, long calendarShiftDays, Map<String, String> settings) {
        MessageDigest sha = sha256();
        update(sha, "v" + VERSION + "\ncalendar " + calendarShiftDays + "\n");
        new TreeMap<>(settings).forEach((name, value) -> {
            if (!secret(name)) {
                update(sha, "setting " + name + "=" + value + "\n");
            }
        });
        files.forEach((name, bytes) -> {
            update(sha, "file " + name + " " + bytes.length + "\n");
            sha.update(bytes);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Whether a setting's name says it holds a secret (its value is left out of the fingerprint). */
    static boolean secret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("password") || n.contains("secret") || n.contains("token") || n.contains("key");
    }

    private static boolean collect(ClassLoader loader, String folder, SortedMap<String, byte[]> files)
            throws IOException, URISyntaxException {
        URL url = loader.getResource(folder);
        if (url == null) {
            return folder.startsWith("content");  // no content at all: nothing to load
        }
        if ("file".equals(url.getProtocol())) {
            Path root = Path.of(url.toURI());
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.filter(Files::isRegularFile).toList()) {
                    files.put(folder + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return true;
        }
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry e : jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(folder))
                        .toList()) {
                    try (InputStream in = jar.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
