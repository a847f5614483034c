package org.munacademy.shared.entity;

/**
 * A request body over the configured limit ({@code academy.api.max-body-bytes}): refused with 413 before it is read
 * (declared length) or as soon as the streamed bytes pass the limit (chunked), so that no client can make the server
 * read or buffer an unbounded upload.
 */
public class PayloadTooLargeException extends BusinessException {

    public PayloadTooLargeException(long limit) {
        super(SharedError.PAYLOAD_TOO_LARGE, limit);
    }
}
