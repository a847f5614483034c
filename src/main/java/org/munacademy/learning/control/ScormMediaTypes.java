package org.munacademy.learning.control;

import java.util.Map;

/**
 * The Content-Type a file of a SCORM package is served with, by its extension (the package's own path only; the
 * file store serves the same bytes as a download). Pictures were checked against their magic bytes on upload;
 * anything unknown is a download ({@code application/octet-stream}), and with {@code nosniff} the browser does not
 * guess.
 */
public final class ScormMediaTypes {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"),
            Map.entry("css", "text/css"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("xsd", "application/xml"),
            Map.entry("txt", "text/plain"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("wav", "audio/wav"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("pdf", "application/pdf"));

    private ScormMediaTypes() {
    }

    /** The media type for a path in a package. */
    public static String of(String path) {
        return TYPES.getOrDefault(ScormPackageReader.extension(path), "application/octet-stream");
    }
}
