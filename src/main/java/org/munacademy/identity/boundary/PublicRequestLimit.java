package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.munacademy.identity.control.RequestBudget;
import org.munacademy.identity.entity.TooManyAttemptsException;

/**
 * A request budget per client address for public (no sign-in) endpoints of any context, built on the same
 * {@link RequestBudget} as "forgot password": each purpose ("document verification") has its own budget of at most
 * {@code max} requests per client address within a sliding window. In memory, per node.
 */
@ApplicationScoped
public class PublicRequestLimit {

    private final ConcurrentMap<String, RequestBudget> budgets = new ConcurrentHashMap<>();

    @Inject
    RequestInfo requestInfo;

    @Inject
    Clock clock;

    /**
     * Counts a request of the current client for {@code purpose}; beyond {@code max} within {@code window} refuses it
     * (429 with Retry-After).
     */
    public void acquire(String purpose, int max, Duration window) {
        RequestBudget budget = budgets.computeIfAbsent(purpose + "/" + max + "/" + window,
                k -> new RequestBudget(max, window));
        if (!budget.tryAcquire(requestInfo.remoteAddress(), clock.instant())) {
            throw new TooManyAttemptsException(window);
        }
    }
}
