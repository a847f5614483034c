package org.munacademy.shared.boundary;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What kind of resource a request asks for, decided in one place for the authentication mechanism (the API knows
 * only its own credentials, static resources need none) and the HTTP hardening (security headers, caching, body
 * limits).
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The request's path inside the application ({@code /api/v1/me}). */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The REST API: HTTP Basic only, never the UI's session. The 1EdTech CASE provider ({@code /ims/case/v1p1}) is
     * API too.
     */
    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/ims/");
    }

    /** Vaadin's bundles, the theme, icons: the same for everybody, needing no sign-in, and cacheable. */
    public static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/themes/")
                || path.startsWith("/icons/") || path.equals("/sw.js") || path.equals("/favicon.ico")
                || path.equals("/manifest.webmanifest") || path.startsWith("/images/");
    }
}
