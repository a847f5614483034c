package org.munacademy.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * "Forgot password" tokens: 256 random bits, URL-safe; only their SHA-256 hash is stored. A token is usable until
 * it expires and only while unused.
 */
public final class ResetTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in URL-safe Base64 without padding. */
    public static final int TOKEN_LENGTH = 43;

    private ResetTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form: lower-case hex SHA-256 of the token's characters. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string can be a token at all (checked before any database look-up). */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == TOKEN_LENGTH && token.chars()
                .allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                        || c == '-' || c == '_');
    }

    /** Whether a stored token may still be used at {@code now}: not used yet, and strictly before it expires. */
    public static boolean usable(Instant expiresAt, Instant usedAt, Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
