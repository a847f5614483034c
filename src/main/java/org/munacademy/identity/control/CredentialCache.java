package org.munacademy.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a user name and password were verified against a given stored hash, so
 * that an API client sending HTTP Basic credentials with every call does not pay a full PBKDF2 verification each
 * time. What is kept is a keyed SHA-256 of the password and the stored hash (never the password); a changed
 * password changes the stored hash, so the entry no longer matches. Entries expire after {@code ttl}.
 */
public final class CredentialCache {

    private record Entry(byte[] digest, String storedHash, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * How long a verified credential is remembered. What it proves (this password matches this stored hash) stays
     * true as long as the hash is the account's, which the caller checks against the account as currently known
     * (identity's Principals, dropped on every account change); the limit only bounds how long a digest stays in
     * memory. An API client pays one full verification per hour.
     */
    public static final Duration TTL = Duration.ofHours(1);
    /** The most credentials remembered at once. */
    public static final int MAX_ENTRIES = 10_000;

    public CredentialCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        new SecureRandom().nextBytes(key);
    }

    /**
     * The stored hash this password was verified against recently, if it was: lets a caller skip the slow
     * verification before it even reads the account, and then confirm that the account's hash is still the same.
     */
    public java.util.Optional<String> verifiedHash(String username, char[] password) {
        Entry e = entries.get(username);
        if (e == null) {
            return java.util.Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(username, e);
            return java.util.Optional.empty();
        }
        return MessageDigest.isEqual(e.digest(), digest(password, e.storedHash()))
                ? java.util.Optional.of(e.storedHash()) : java.util.Optional.empty();
    }

    /** Records a successful full verification. */
    public void verified(String username, char[] password, String storedHash) {
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(digest(password, storedHash), storedHash, clock.instant().plus(ttl)));
    }

    /** Forgets a user name (after a failed attempt or a password change). */
    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(char[] password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
