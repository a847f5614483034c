package org.munacademy.learning.control;

import java.time.LocalDate;
import java.util.Optional;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LearningNotice;

/**
 * When a participant is told that their cohort starts or that their course ends soon: pure rules, "today" passed in.
 * <ul>
 * <li><b>Start</b> ({@link LearningNotice#COHORT_STARTS}): the cohort starts from today to {@code days} days ahead.
 * Someone who enrols later than that (even on the first day) still gets it, after the enrolment notice.</li>
 * <li><b>End</b> ({@link LearningNotice#COURSE_ENDS_SOON}): the cohort has started and ends from today to
 * {@code days} days ahead, and the person has not completed the programme yet.</li>
 * </ul>
 * Only participants holding a seat ({@code ENROLLED}) in a cohort that is not cancelled are told: a person on the
 * waiting list or whose request HR has not approved does not take part, and a completed one has nothing left to do.
 * Each notice goes out once per enrolment (the flag the job claims); {@code days} below 1 turns the notice off.
 */
public final class CohortNotices {

    private CohortNotices() {
    }

    /** The two notices the job sends, with the date each is timed by. */
    public enum Kind {
        START(LearningNotice.COHORT_STARTS),
        END(LearningNotice.COURSE_ENDS_SOON);

        private final LearningNotice notice;

        Kind(LearningNotice notice) {
            this.notice = notice;
        }

        public LearningNotice notice() {
            return notice;
        }
    }

    /** The days (both included) on which a cohort's start or end date makes its notice due. */
    public record Window(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate d) {
            return d != null && !d.isBefore(from) && !d.isAfter(to);
        }
    }

    /** What the rule reads about one enrolment. */
    public record Facts(EnrolmentStatus status, CohortStatus cohortStatus, LocalDate startsOn, LocalDate endsOn,
            boolean notified) {
    }

    /** The status a participant holds to be told. */
    public static final EnrolmentStatus TOLD = EnrolmentStatus.ENROLLED;

    /** Whether the notice is on at all. */
    public static boolean enabled(int days) {
        return days >= 1;
    }

    /** The dates the notice's date (start or end) falls on when it is due today; empty when off. */
    public static Optional<Window> window(LocalDate today, int days) {
        return enabled(days) ? Optional.of(new Window(today, today.plusDays(days)))
                : Optional.empty();
    }

    /** Whether the notice of this kind is due today for the enrolment. */
    public static boolean due(Kind kind, Facts f, LocalDate today, int days) {
        if (f.notified() || f.status() != TOLD || f.cohortStatus() == CohortStatus.CANCELLED) {
            return false;
        }
        Optional<Window> w = window(today, days);
        if (w.isEmpty()) {
            return false;
        }
        return switch (kind) {
            case START -> w.get().contains(f.startsOn());
            case END -> !f.startsOn().isAfter(today) && w.get().contains(f.endsOn());
        };
    }
}
