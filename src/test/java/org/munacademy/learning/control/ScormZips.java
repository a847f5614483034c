package org.munacademy.learning.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test packages: a zip of named entries, and the entries of a package from its manifest and some text files. */
public final class ScormZips {

    private ScormZips() {
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** imsmanifest.xml with this text, and the files given as path, text, path, text… */
    public static Map<String, byte[]> files(String manifest, String... pathsAndTexts) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }
}
