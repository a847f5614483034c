package org.munacademy.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.munacademy.identity.entity.Caller;

/**
 * Signed-in callers as last read from the database (account, password hash, enabled flag, credential epoch, person
 * and grants), so that an API call or a UI request does not read the account and its grants again. An entry is
 * valid only in the <i>generation</i> it was loaded in: the generation moves on, and every entry is dropped, when
 * this node changes an account (after the change commits) and when the cluster-wide security epoch (one database
 * row every change moves on) is seen to have moved. The epoch is read at most once per {@code pollInterval}, so a
 * change made on another node applies here within that interval.
 *
 * <p>A load that raced with a change (read the old rows, then the change committed and the generation moved on) is
 * not kept: {@link #put} is given the generation seen <em>before</em> the load and refuses a stale one.
 */
public final class PrincipalCache {

    /** What a signed-in caller is, as last read. {@code passwordHash} is the stored (PBKDF2) hash. */
    public record Principal(String passwordHash, boolean enabled, long credentialEpoch, Caller caller) {

        /** The caller's role names (the container groups). */
        public Set<String> roles() {
            return caller.grants().stream().map(g -> g.role().name()).collect(Collectors.toUnmodifiableSet());
        }
    }

    private record Entry(Principal principal, long generation, Instant expires) {
    }

    /** How long an entry is kept at most, whatever happens. */
    public static final Duration TTL = Duration.ofMinutes(30);
    /** The most callers remembered at once. */
    public static final int MAX_ENTRIES = 50_000;

    private final Clock clock;
    private final Duration pollInterval;
    private final Duration ttl;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile Long knownEpoch;
    private volatile Instant nextPoll = Instant.MIN;

    public PrincipalCache(Clock clock, Duration pollInterval, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** The stated bound: a change made on another node applies here at most this long after it committed. */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** The current generation: read it before loading a principal and hand it to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /** The caller as last read, if that was in the current generation and not too long ago. */
    public Optional<Principal> get(String username) {
        Entry e = entries.get(username);
        if (e == null) {
            return Optional.empty();
        }
        if (e.generation() != generation.get() || !clock.instant().isBefore(e.expires())) {
            entries.remove(username, e);
            return Optional.empty();
        }
        return Optional.of(e.principal());
    }

    /**
     * Keeps a principal read in {@code loadedIn} (the generation seen before reading); a principal read in an
     * earlier generation is not kept. Returns whether it was kept.
     */
    public boolean put(String username, Principal principal, long loadedIn) {
        if (loadedIn != generation.get()) {
            return false;
        }
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            long current = generation.get();
            entries.values().removeIf(e -> e.generation() != current || !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        Entry entry = new Entry(principal, loadedIn, clock.instant().plus(ttl));
        entries.put(username, entry);
        if (loadedIn != generation.get()) { // the generation moved on while storing
            entries.remove(username, entry);
            return false;
        }
        return true;
    }

    /** Forgets every principal (an account changed). */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /**
     * Whether this caller should read the security epoch now: true at most once per poll interval (and for one
     * caller at a time); that caller must then report {@link #polled} or {@link #pollFailed}.
     */
    public boolean pollDue() {
        return !clock.instant().isBefore(nextPoll) && polling.compareAndSet(false, true);
    }

    /** The security epoch as just read: a moved epoch drops every principal. */
    public void polled(long epoch) {
        try {
            Long known = knownEpoch;
            if (known != null && known != epoch) {
                invalidateAll();
            }
            knownEpoch = epoch;
            nextPoll = clock.instant().plus(pollInterval);
        } finally {
            polling.set(false);
        }
    }

    /** The epoch could not be read: nothing is trusted until it can be (the next call tries again). */
    public void pollFailed() {
        try {
            invalidateAll();
        } finally {
            polling.set(false);
        }
    }

    /**
     * This node's own change committed, the epoch now at least {@code epoch}: every principal is dropped at once,
     * and the next poll does not drop them a second time for this change.
     */
    public void changedHere(long epoch) {
        invalidateAll();
        Long known = knownEpoch;
        if (known == null || epoch > known) {
            knownEpoch = epoch;
        }
    }

    /** Callers remembered now (for tests and diagnostics). */
    public int size() {
        return entries.size();
    }
}
