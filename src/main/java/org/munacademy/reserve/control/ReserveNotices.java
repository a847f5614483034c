package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.ReserveNotice;

/**
 * The rules of the reserve's daily job and its notices: pure, "today" passed in.
 * <ul>
 * <li><b>Expiry.</b> An entry in the reserve (INCLUDED, IN_DEVELOPMENT) whose term ended before today (valid until
 * yesterday or earlier) expires: its last day in the reserve is the day written as valid until.</li>
 * <li><b>Notices to HR before the end.</b> {@link Expiry#FIRST} ({@code firstDays} ahead, default 60) when the term
 * ends after the second notice's window and within {@code firstDays}; {@link Expiry#SECOND} ({@code secondDays},
 * default 14) when it ends from today to {@code secondDays} ahead. Each once per term (an extension starts a new
 * term with new notices); an entry first seen within the second window gets the second notice only — its claim sets
 * both flags, so a late first notice never follows it.</li>
 * <li><b>Notices to the person.</b> One per event of the kinds in {@link #TOLD} (the decision, the plan, an offer, the
 * appointment, the expiry, a withdrawn nomination); other events (readiness, plan changes, answers) are not news for
 * the person.</li>
 * </ul>
 */
public final class ReserveNotices {

    /** The events the person is told about, with the notice each gets. */
    public static final Map<EntryEventKind, ReserveNotice> TOLD = told();

    private ReserveNotices() {
    }

    private static Map<EntryEventKind, ReserveNotice> told() {
        Map<EntryEventKind, ReserveNotice> m = new EnumMap<>(EntryEventKind.class);
        m.put(EntryEventKind.INCLUDED, ReserveNotice.INCLUDED);
        m.put(EntryEventKind.NOT_INCLUDED, ReserveNotice.NOT_INCLUDED);
        m.put(EntryEventKind.EXTENDED, ReserveNotice.EXTENDED);
        m.put(EntryEventKind.EXCLUDED, ReserveNotice.EXCLUDED);
        m.put(EntryEventKind.EXPIRED, ReserveNotice.EXPIRED);
        m.put(EntryEventKind.PLAN_CREATED, ReserveNotice.PLAN_CREATED);
        m.put(EntryEventKind.OFFER_MADE, ReserveNotice.OFFER_MADE);
        m.put(EntryEventKind.APPOINTED, ReserveNotice.APPOINTED);
        m.put(EntryEventKind.WITHDRAWN, ReserveNotice.WITHDRAWN);
        return Map.copyOf(m);
    }

    /** The two notices to HR before an entry's term ends. */
    public enum Expiry {
        FIRST(ReserveNotice.EXPIRES_60),
        SECOND(ReserveNotice.EXPIRES_14);

        private final ReserveNotice notice;

        Expiry(ReserveNotice notice) {
            this.notice = notice;
        }

        public ReserveNotice notice() {
            return notice;
        }
    }

    /** The notice windows in days ahead: the first (e.g. 60) and the second (e.g. 14), first &gt; second &gt; 0. */
    public record Windows(int firstDays, int secondDays) {

        public Windows {
            if (secondDays < 1 || firstDays <= secondDays) {
                throw new IllegalArgumentException("notice days must be first > second > 0: " + firstDays + ", "
                        + secondDays);
            }
        }
    }

    /** What the rules read about one entry. */
    public record Facts(EntryStatus status, LocalDate validUntil, boolean notifiedFirst, boolean notifiedSecond) {
    }

    /** The statuses an entry expires from and gets notices in. */
    public static final Set<EntryStatus> OPEN = EntryStatus.IN_RESERVE;

    /** Whether the entry's term ended before today (it expires). */
    public static boolean expires(Facts f, LocalDate today) {
        return f.status().inReserve() && f.validUntil() != null && f.validUntil().isBefore(today);
    }

    /** The days from today to the last day of the term (0: it ends today). */
    public static long daysLeft(LocalDate validUntil, LocalDate today) {
        return ChronoUnit.DAYS.between(today, validUntil);
    }

    /** The notice to HR due today for the entry, if any. */
    public static Optional<Expiry> noticeDue(Facts f, LocalDate today, Windows w) {
        if (!f.status().inReserve() || f.validUntil() == null || f.validUntil().isBefore(today)) {
            return Optional.empty();
        }
        long left = daysLeft(f.validUntil(), today);
        if (left <= w.secondDays()) {
            return f.notifiedSecond() ? Optional.empty() : Optional.of(Expiry.SECOND);
        }
        if (left <= w.firstDays()) {
            return f.notifiedFirst() ? Optional.empty() : Optional.of(Expiry.FIRST);
        }
        return Optional.empty();
    }

    /** The last day of the term an entry may have to be looked at for a notice today (the first window's end). */
    public static LocalDate lookAheadTo(LocalDate today, Windows w) {
        return today.plusDays(w.firstDays());
    }
}
