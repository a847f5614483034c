package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    private final Instant t0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void requests_beyond_the_budget_within_the_window_are_refused() {
        RequestBudget budget = new RequestBudget(3, Duration.ofMinutes(15));
        assertThat(budget.tryAcquire("10.0.0.1", t0)).isTrue();
        assertThat(budget.tryAcquire("10.0.0.1", t0.plusSeconds(1))).isTrue();
        assertThat(budget.tryAcquire("10.0.0.1", t0.plusSeconds(2))).isTrue();
        assertThat(budget.tryAcquire("10.0.0.1", t0.plusSeconds(3))).isFalse();
    }

    @Test
    void the_budget_comes_back_as_the_window_slides_past_old_requests() {
        RequestBudget budget = new RequestBudget(2, Duration.ofMinutes(15));
        budget.tryAcquire("a@example.org", t0);
        budget.tryAcquire("a@example.org", t0.plus(Duration.ofMinutes(10)));
        assertThat(budget.tryAcquire("a@example.org", t0.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(budget.tryAcquire("a@example.org", t0.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void each_key_has_its_own_budget_and_refused_requests_do_not_count() {
        RequestBudget budget = new RequestBudget(1, Duration.ofMinutes(1));
        assertThat(budget.tryAcquire("10.0.0.1", t0)).isTrue();
        assertThat(budget.tryAcquire("10.0.0.1", t0.plusSeconds(10))).isFalse();
        assertThat(budget.tryAcquire("10.0.0.1", t0.plusSeconds(20))).isFalse();
        assertThat(budget.tryAcquire("10.0.0.2", t0.plusSeconds(20))).isTrue();
        assertThat(budget.tryAcquire("10.0.0.1", t0.plusSeconds(61))).isTrue();
    }
}
