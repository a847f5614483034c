package org.munacademy.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code max} requests per key (a client address, an e-mail address) within a sliding {@code window}:
 * slows down "forgot password" requests and token guessing. In memory, per node, behind one monitor.
 */
public final class RequestBudget {

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> seen = new HashMap<>();

    public RequestBudget(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** Counts a request of {@code key} at {@code now}; returns whether it is within the budget. */
    public synchronized boolean tryAcquire(String key, Instant now) {
        Instant from = now.minus(window);
        if (seen.size() > 10_000) {
            seen.values().removeIf(d -> d.isEmpty() || !d.peekLast().isAfter(from));
        }
        Deque<Instant> times = seen.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
            times.pollFirst();
        }
        if (times.size() >= max) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
