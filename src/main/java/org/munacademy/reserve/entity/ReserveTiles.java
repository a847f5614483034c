package org.munacademy.reserve.entity;

import java.util.List;

/**
 * What the home page's reserve tiles show. For HR: the nominations of their scope waiting for a decision and the
 * entries in the reserve whose term ends within the first notice's days. For commission members: the nominations
 * waiting for each of their commissions. Counts and reserve names only, no person data.
 */
public record ReserveTiles(long nominatedWaiting, long expiringSoon, int expiringDays, List<Queue> commissionQueues) {

    /** A reserve whose commission the caller sits on, with the nominations waiting for it. */
    public record Queue(String reserveCode, String reserveName, long waiting) {
    }
}
