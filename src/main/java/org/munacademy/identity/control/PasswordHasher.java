package org.munacademy.identity.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the form {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), the format
 * Jakarta Security's {@code Pbkdf2PasswordHash} also writes. Comparison takes constant time; {@link #burn}
 * spends the same time for an unknown user so that timing does not reveal which user names exist.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 is 600 000; 210 000 keeps a login near 0.1 s here. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.dummyHash = hash("not-a-password".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public boolean verify(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            // no hash at all (an invited account without a password yet): the same work as a wrong password, so
            // the answer's timing does not tell such an account from others
            burn(password);
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, n));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, for a user name that does not exist. */
    public void burn(char[] password) {
        verify(password == null ? new char[0] : password, dummyHash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
