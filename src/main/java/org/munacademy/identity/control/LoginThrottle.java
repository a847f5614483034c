package org.munacademy.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.munacademy.identity.entity.UserName;

/**
 * Slows down password guessing, per user name and per client address.
 *
 * <p><b>Per user name</b> (the account's normalised name; unknown names are counted the same way, so that throttling
 * reveals nothing about which names exist): a verification may only run with a <em>permit</em>, reserved
 * atomically before the slow password hash; failures within the window plus verifications in flight never exceed
 * {@code freeAttempts}, so parallel guesses cannot outrun the count. From the {@code freeAttempts}-th failure on,
 * the name is locked for {@code firstLock}, doubling with every further failure up to {@code maxLock}; after a
 * lock one attempt at a time may try again. A success clears only the failures that came from the same client
 * address, and never lifts a running lock: somebody signing in does not wipe out the count of an attack in
 * progress from elsewhere.
 *
 * <p><b>Per client address</b>: at most {@code addressInFlight} verifications at once and
 * {@code addressVerifications} per {@code addressWindow}, so that one source cannot keep the processors busy with
 * hashes; failures from one address count against it whatever the name, and from the
 * {@code addressFreeFailures}-th on the address is locked like a name (doubling), so that it is slowed before it
 * can lock many accounts. Refused attempts never count as failures: a locked-out source cannot lock anybody.
 *
 * <p>All state lives in memory behind one monitor (the work under it is a few map operations; the hash runs
 * outside it).
 */
public final class LoginThrottle {

    /** The limits; see the class description. */
    public record Limits(int freeAttempts, Duration window, Duration firstLock, Duration maxLock,
            int addressFreeFailures, int addressInFlight, int addressVerifications, Duration addressWindow) {

        public static Limits defaults() {
            return new Limits(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15),
                    10, 4, 60, Duration.ofMinutes(1));
        }

        /** The same limits with other per-address failure and verification budgets. */
        public Limits withAddressBudget(int freeFailures, int verificationsPerWindow) {
            return new Limits(freeAttempts, window, firstLock, maxLock, freeFailures, addressInFlight,
                    verificationsPerWindow, addressWindow);
        }
    }

    /** Why no verification may run now. */
    public enum Refusal {
        /** Too many failures for this user name: wait for the lock to end. */
        NAME_LOCKED,
        /** Too many failures or verifications from this client address. */
        ADDRESS_LOCKED,
        /** The allowed verifications are all running right now; try again when one has finished. */
        BUSY
    }

    /**
     * The answer to {@link #acquire}: a permit to verify one password (report its outcome exactly once with
     * {@link #succeeded()}, {@link #failed()} or {@link #released()}), or a refusal.
     */
    public final class Permit {
        private final Refusal refusal;
        private final Duration wait;
        private final Counter name;
        private final Counter address;
        private final String addressKey;
        private boolean done;

        private Permit(Refusal refusal, Duration wait, Counter name, Counter address, String addressKey) {
            this.refusal = refusal;
            this.wait = wait;
            this.name = name;
            this.address = address;
            this.addressKey = addressKey;
        }

        public boolean granted() {
            return refusal == null;
        }

        /** Why not, or {@code null} when granted. */
        public Refusal refusal() {
            return refusal;
        }

        /** How long a locked name or address must still wait (zero when granted or busy). */
        public Duration retryAfter() {
            return wait;
        }

        /** The password was right. */
        public void succeeded() {
            finish(Outcome.SUCCESS);
        }

        /** The password was wrong (or the name unknown, or the account disabled). */
        public void failed() {
            finish(Outcome.FAILURE);
        }

        /** Nothing was decided (the check could not run): frees the slot without counting anything. */
        public void released() {
            finish(Outcome.NONE);
        }

        /**
         * Runs the password check under this permit and reports its outcome: true counts as a success, false as a
         * failure, an exception frees the slot without counting anything (and is thrown on).
         */
        public boolean settle(java.util.function.BooleanSupplier check) {
            Boolean ok = null;
            try {
                ok = check.getAsBoolean();
            } finally {
                if (ok == null) {
                    released();
                } else if (ok) {
                    succeeded();
                } else {
                    failed();
                }
            }
            return ok;
        }

        private void finish(Outcome outcome) {
            synchronized (LoginThrottle.this) {
                if (done || refusal != null) {
                    return;
                }
                done = true;
                name.inFlight--;
                address.inFlight--;
                Instant now = clock.instant();
                if (outcome == Outcome.FAILURE) {
                    name.fail(now, addressKey, limits.freeAttempts(), limits.window());
                    address.fail(now, addressKey, limits.addressFreeFailures(), limits.window());
                } else if (outcome == Outcome.SUCCESS) {
                    name.succeededFrom(now, addressKey);
                }
            }
        }
    }

    private enum Outcome { SUCCESS, FAILURE, NONE }

    /** Failures, lock and verifications in flight of one user name or one address. */
    private final class Counter {
        int inFlight;
        int failures;
        Instant firstFailure;
        Instant lockedUntil;
        /** Failures by the address they came from (for a name: so that a success clears only its own). */
        final Map<String, Integer> failuresFrom = new HashMap<>();
        int verifications;
        Instant verificationWindowStart;

        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        Duration remaining(Instant now) {
            return locked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        /** Forgets failures older than the window, unless a lock still runs. */
        void expire(Instant now, Duration window) {
            if (firstFailure != null && now.isAfter(firstFailure.plus(window)) && !locked(now)) {
                failures = 0;
                firstFailure = null;
                lockedUntil = null;
                failuresFrom.clear();
            }
        }

        void fail(Instant now, String from, int free, Duration window) {
            expire(now, window);
            if (firstFailure == null) {
                firstFailure = now;
            }
            failures++;
            failuresFrom.merge(from, 1, Integer::sum);
            if (failures >= free) {
                int doublings = Math.min(failures - free, 20);
                Duration lock = limits.firstLock().multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(limits.maxLock()) > 0 ? limits.maxLock() : lock);
            }
        }

        void succeededFrom(Instant now, String from) {
            if (locked(now)) {
                return; // a running lock stays: the success may be one of several attempts racing an attack
            }
            Integer own = failuresFrom.remove(from);
            if (own != null) {
                failures = Math.max(0, failures - own);
            }
            if (failures == 0) {
                firstFailure = null;
                lockedUntil = null;
            }
        }

        boolean idle(Instant now) {
            return inFlight == 0 && !locked(now) && (firstFailure == null
                    || now.isAfter(firstFailure.plus(limits.window())))
                    && (verificationWindowStart == null
                    || now.isAfter(verificationWindowStart.plus(limits.addressWindow())));
        }
    }

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Counter> names = new HashMap<>();
    private final Map<String, Counter> addresses = new HashMap<>();

    public LoginThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Reserves one password verification for the user name from the address, or says why not. A granted permit
     * must be finished exactly once (in a {@code finally}).
     */
    public synchronized Permit acquire(String username, String address) {
        Instant now = clock.instant();
        String addressKey = addressKey(address);
        Counter name = names.computeIfAbsent(key(username), k -> new Counter());
        Counter from = addresses.computeIfAbsent(addressKey, k -> new Counter());
        name.expire(now, limits.window());
        from.expire(now, limits.window());
        if (name.locked(now)) {
            return new Permit(Refusal.NAME_LOCKED, name.remaining(now), name, from, addressKey);
        }
        if (from.locked(now)) {
            return new Permit(Refusal.ADDRESS_LOCKED, from.remaining(now), name, from, addressKey);
        }
        if (from.verificationWindowStart == null
                || !now.isBefore(from.verificationWindowStart.plus(limits.addressWindow()))) {
            from.verificationWindowStart = now;
            from.verifications = 0;
        }
        if (from.verifications >= limits.addressVerifications()) {
            return new Permit(Refusal.ADDRESS_LOCKED,
                    Duration.between(now, from.verificationWindowStart.plus(limits.addressWindow())), name, from,
                    addressKey);
        }
        int capacity = name.failures >= limits.freeAttempts() ? 1 : limits.freeAttempts() - name.failures;
        if (name.inFlight >= capacity || from.inFlight >= limits.addressInFlight()) {
            return new Permit(Refusal.BUSY, Duration.ZERO, name, from, addressKey);
        }
        name.inFlight++;
        from.inFlight++;
        from.verifications++;
        if (names.size() + addresses.size() > 100_000) {
            // keep memory bounded under a spraying attack: forget counters with nothing running or pending
            names.values().removeIf(c -> c != name && c.idle(now));
            addresses.values().removeIf(c -> c != from && c.idle(now));
        }
        return new Permit(null, Duration.ZERO, name, from, addressKey);
    }

    /** How long the user name must still wait; zero when an attempt is allowed now. */
    public synchronized Duration remainingLock(String username) {
        Counter c = names.get(key(username));
        return c == null ? Duration.ZERO : c.remaining(clock.instant());
    }

    /** How long the user name or the address (whichever longer) must still wait; zero when neither is locked. */
    public synchronized Duration remainingLock(String username, String address) {
        Instant now = clock.instant();
        Duration name = remainingLock(username);
        Counter from = addresses.get(addressKey(address));
        Duration byAddress = from == null ? Duration.ZERO : from.remaining(now);
        return name.compareTo(byAddress) >= 0 ? name : byAddress;
    }

    /** Forgets every count of a user name (used by tests and by an administrator's unlock). */
    public synchronized void reset(String username) {
        names.remove(key(username));
    }

    private static String key(String username) {
        return UserName.normalise(username);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
