package org.munacademy.shared.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.munacademy.shared.entity.PayloadTooLargeException;

/**
 * The request body limit of the REST API ({@code academy.api.max-body-bytes}, default 20 MB): a declared length
 * over it is refused with 413 before anything is read; a body without a declared length (chunked) is counted while
 * it streams and refused as soon as it passes the limit. Runs after authentication and the role check, so that a
 * caller who may not use the endpoint at all learns that (401/403) rather than the size. The UI's requests get the
 * same limit in {@link HttpHardening}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class BodyLimit implements ContainerRequestFilter {

    static final String SETTING = "academy.api.max-body-bytes";
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long max = maxBytes();
        if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > max) {
            throw new PayloadTooLargeException(max);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), max));
    }

    /** The configured limit in bytes. */
    static long maxBytes() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(SETTING, Long.class).filter(v -> v > 0)
                    .orElse(DEFAULT_MAX_BYTES);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    /** The Content-Length header's value; -1 when absent; a malformed one counts as too large. */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Counts the bytes read and refuses the body once they pass the limit. */
    static final class Limited extends FilterInputStream {

        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw new PayloadTooLargeException(max);
            }
        }
    }
}
