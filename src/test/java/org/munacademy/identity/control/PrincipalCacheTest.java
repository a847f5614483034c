package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.control.PrincipalCache.Principal;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.Role;

class PrincipalCacheTest {

    final CredentialCacheTest.MovableClock clock = new CredentialCacheTest.MovableClock();
    final PrincipalCache cache = new PrincipalCache(clock, Duration.ofSeconds(2), Duration.ofMinutes(30), 3);

    static Principal principal(String name, Role... roles) {
        List<Grant> grants = java.util.Arrays.stream(roles).map(Grant::national).toList();
        return new Principal("HASH-" + name, true, 0, new Caller(1L, name, null, name, grants));
    }

    /** Reads the epoch as a node would on a call: only when a poll is due. */
    private void call(long epochInDatabase) {
        if (cache.pollDue()) {
            cache.polled(epochInDatabase);
        }
    }

    @Test
    void a_principal_loaded_in_the_current_generation_is_served_from_memory_with_its_roles() {
        call(7);
        assertThat(cache.put("hr", principal("hr", Role.HR_OFFICER, Role.EMPLOYEE), cache.generation())).isTrue();
        assertThat(cache.get("hr")).hasValueSatisfying(p ->
                assertThat(p.roles()).isEqualTo(Set.of("HR_OFFICER", "EMPLOYEE")));
        assertThat(cache.get("someone")).isEmpty();
    }

    @Test
    void a_change_on_this_node_drops_every_principal_at_once() {
        call(7);
        cache.put("hr", principal("hr", Role.HR_OFFICER), cache.generation());
        cache.put("employee", principal("employee", Role.EMPLOYEE), cache.generation());
        cache.changedHere(8);
        assertThat(cache.get("hr")).isEmpty();
        assertThat(cache.get("employee")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_load_that_raced_with_a_change_is_not_kept() {
        long before = cache.generation();
        cache.changedHere(1); // committed while the old rows were being read
        assertThat(cache.put("hr", principal("hr", Role.HR_OFFICER), before)).isFalse();
        assertThat(cache.get("hr")).isEmpty();
    }

    @Test
    void a_change_on_another_node_applies_at_the_first_call_after_the_poll_interval_and_not_before() {
        call(7);
        cache.put("hr", principal("hr", Role.HR_OFFICER), cache.generation());
        // another node moves the epoch on to 8; this node reads it again only 2 s after the last read
        clock.now = clock.now.plusMillis(1999);
        call(8);
        assertThat(cache.get("hr")).as("within the bound the old principal may still serve").isPresent();
        clock.now = clock.now.plusMillis(1);
        call(8);
        assertThat(cache.get("hr")).as("at the bound the epoch is read and the principal dropped").isEmpty();
    }

    @Test
    void an_unchanged_epoch_keeps_the_principals_and_is_read_once_per_interval() {
        call(7);
        cache.put("hr", principal("hr", Role.HR_OFFICER), cache.generation());
        int polls = 0;
        for (int i = 0; i < 100; i++) {
            clock.now = clock.now.plusMillis(100); // 10 s of calls every 100 ms
            if (cache.pollDue()) {
                polls++;
                cache.polled(7);
            }
        }
        assertThat(polls).isEqualTo(5);
        assertThat(cache.get("hr")).isPresent();
    }

    @Test
    void only_one_caller_polls_at_a_time() {
        assertThat(cache.pollDue()).isTrue();
        assertThat(cache.pollDue()).as("the first is still reading").isFalse();
        cache.polled(1);
        clock.now = clock.now.plusSeconds(2);
        assertThat(cache.pollDue()).isTrue();
    }

    @Test
    void an_unreadable_epoch_trusts_nothing_kept_and_lets_the_next_call_try_again() {
        call(7);
        cache.put("hr", principal("hr", Role.HR_OFFICER), cache.generation());
        clock.now = clock.now.plusSeconds(2);
        assertThat(cache.pollDue()).isTrue();
        cache.pollFailed();
        assertThat(cache.get("hr")).isEmpty();
        assertThat(cache.pollDue()).isTrue();
    }

    @Test
    void this_nodes_own_change_is_not_dropped_a_second_time_by_the_next_poll() {
        call(7);
        cache.changedHere(8);
        cache.put("hr", principal("hr", Role.HR_OFFICER), cache.generation());
        clock.now = clock.now.plusSeconds(2);
        call(8);
        assertThat(cache.get("hr")).isPresent();
    }

    @Test
    void an_entry_expires_after_its_time_to_live_and_a_full_cache_makes_room() {
        call(7);
        cache.put("a", principal("a", Role.EMPLOYEE), cache.generation());
        clock.now = clock.now.plus(Duration.ofMinutes(30));
        assertThat(cache.get("a")).isEmpty();
        for (String n : List.of("b", "c", "d", "e")) {
            cache.put(n, principal(n, Role.EMPLOYEE), cache.generation());
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
        assertThat(cache.get("e")).isPresent();
    }
}
