package org.munacademy.learning.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * A video lesson's link: https only (no http, no javascript: or data:), with a host and without credentials, so the
 * page can show where the link leads (the host) and a browser never leaves a secure page for an insecure one.
 */
public final class VideoLink {

    private VideoLink() {
    }

    /**
     * The link, trimmed, if it is acceptable.
     *
     * @throws InvalidInputException (field {@code videoUrl}) when it is not a https link with a host
     */
    public static String require(String url) {
        return check(url).orElseThrow(() -> new InvalidInputException("videoUrl", LearningError.VIDEO_URL_INVALID));
    }

    /** The link, trimmed, when it is a https URL with a host and no user information; empty otherwise. */
    public static Optional<String> check(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.strip();
        if (u.isEmpty() || u.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(u);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(u);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host a link leads to, lower case without a leading {@code www.} (shown beside the link). */
    public static String host(String url) {
        String host = URI.create(url.strip()).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
