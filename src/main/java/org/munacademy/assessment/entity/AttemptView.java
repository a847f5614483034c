package org.munacademy.assessment.entity;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as its taker sees it: status, the sequence number the next save must name, the server's clock and
 * deadline with the seconds left, and the questions.
 */
public record AttemptView(long attemptId, long testId, String testTitle, AttemptStatus status, long seq,
        Instant serverNow, Instant deadlineAt, long remainingSeconds, boolean onePerPage, List<SlotView> slots) {

    public long answered() {
        return slots.stream().filter(SlotView::answered).count();
    }
}
