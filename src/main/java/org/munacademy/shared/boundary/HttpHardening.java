package org.munacademy.shared.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.munacademy.shared.entity.PayloadTooLargeException;

/**
 * HTTP hardening of every response, UI and API alike:
 * <ul>
 * <li>{@code Content-Security-Policy} (for the UI: scripts and styles from our origin only; Vaadin Flow needs
 * {@code 'unsafe-inline'} for its bootstrap and {@code 'unsafe-eval'} for {@code executeJs}; for the API: nothing at
 * all), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, framing by our own pages only
 * ({@code X-Frame-Options} and {@code frame-ancestors});</li>
 * <li>{@code Strict-Transport-Security} and the {@code Secure} flag on cookies when the request came over HTTPS,
 * directly or through a proxy that says so ({@code X-Forwarded-Proto: https}); the session cookie's
 * {@code SameSite=Lax} comes from {@code web.xml} and is added here too if the container left it out;</li>
 * <li>{@code Cache-Control: no-store} on everything but static resources: the API's answers, exports, and Vaadin's
 * pages, UIDL and download responses carry personal data;</li>
 * <li>the request body limit of {@link BodyLimit} for the UI's requests (the API applies it after its role check).
 * </li>
 * <li>an exact {@code Content-Type} for binary content ({@code image/png}, not {@code image/png;charset=UTF-8}):
 * the container appends the application's default charset ({@code parameter-encoding} in
 * {@code glassfish-web.xml}, which is also the default response encoding) to every type set without one, which is
 * wrong for bytes that are not text and confuses clients that compare the type.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpHardening extends HttpFilter {

    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.path(request);
        boolean api = RequestPaths.isApi(path);
        boolean secure = isHttps(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : UI_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        boolean noStore = !RequestPaths.isStatic(path);
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        HttpServletRequest in = request;
        if (!api) {
            long max = BodyLimit.maxBytes();
            if (BodyLimit.declaredLength(request.getHeader("Content-Length")) > max) {
                response.sendError(413);
                return;
            }
            in = new LimitedRequest(request, max);
        }
        Hardened out = new Hardened(response, secure, noStore);
        chain.doFilter(in, out);
        out.beforeCommit();
    }

    /** Whether the client talks HTTPS to us or to the proxy in front of us. */
    static boolean isHttps(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSecure() || forwarded != null && forwarded.trim().toLowerCase(Locale.ROOT).startsWith("https");
    }

    /**
     * Whether a content type is for bytes that are not text and names no charset itself: images, PDF, archives,
     * workbooks, {@code application/octet-stream}. Text, JSON, XML, JavaScript and forms keep their charset.
     */
    static boolean isBinary(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("charset=")) {
            return false;
        }
        String mime = type.split(";", 2)[0].strip();
        return !(mime.startsWith("text/") || mime.endsWith("/json") || mime.endsWith("+json")
                || mime.endsWith("/xml") || mime.endsWith("+xml") || mime.contains("javascript")
                || mime.equals("application/x-www-form-urlencoded") || mime.startsWith("multipart/"));
    }

    /** Adds {@code Secure} (over HTTPS) and {@code SameSite=Lax} (if missing) to a Set-Cookie value. */
    static String harden(String setCookie, boolean secure) {
        String lower = setCookie.toLowerCase(Locale.ROOT);
        String out = setCookie;
        if (secure && !lower.matches("(?s).*;\\s*secure\\s*(;.*)?$")) {
            out += "; Secure";
        }
        if (!lower.contains("samesite=")) {
            out += "; SameSite=Lax";
        }
        return out;
    }

    /**
     * Keeps our cache headers (a servlet must not weaken {@code no-store}) and rewrites the cookies the container
     * adds (the session cookie is added by the container itself, past any wrapper) before the response is
     * committed.
     */
    static final class Hardened extends HttpServletResponseWrapper {

        private final boolean secure;
        private final boolean noStore;

        Hardened(HttpServletResponse response, boolean secure, boolean noStore) {
            super(response);
            this.secure = secure;
            this.noStore = noStore;
        }

        void beforeCommit() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
            List<String> hardened = cookies.stream().map(c -> harden(c, secure)).toList();
            if (!cookies.equals(hardened)) {
                response.setHeader("Set-Cookie", hardened.get(0));
                for (String c : hardened.subList(1, hardened.size())) {
                    response.addHeader("Set-Cookie", c);
                }
            }
        }

        @Override
        public void setContentType(String type) {
            withoutDefaultCharset(type);
            super.setContentType(type);
        }

        /** Forgets the container's default charset before a binary type is set, so that none is appended to it. */
        private void withoutDefaultCharset(String type) {
            if (isBinary(type) && !getResponse().isCommitted()) {
                getResponse().setCharacterEncoding(null);
            }
        }

        private boolean cacheHeader(String name) {
            return noStore && (name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma")
                    || name.equalsIgnoreCase("Expires") || name.equalsIgnoreCase("Last-Modified")
                    || name.equalsIgnoreCase("ETag"));
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                withoutDefaultCharset(value);
            }
            if (!cacheHeader(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                withoutDefaultCharset(value);
            }
            if (!cacheHeader(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!cacheHeader(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!cacheHeader(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            beforeCommit();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            beforeCommit();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            beforeCommit();
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            beforeCommit();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            beforeCommit();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            beforeCommit();
            super.sendRedirect(location);
        }
    }

    /** The request with its body counted against the limit (by {@link BodyLimit.Limited}, as the API's). */
    static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                BodyLimit.Limited counted = new BodyLimit.Limited(in, max);
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        try {
                            return counted.read();
                        } catch (PayloadTooLargeException e) {
                            throw new IOException(e.getMessage(), e); // the container answers an I/O failure
                        }
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        try {
                            return counted.read(b, off, len);
                        } catch (PayloadTooLargeException e) {
                            throw new IOException(e.getMessage(), e);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
