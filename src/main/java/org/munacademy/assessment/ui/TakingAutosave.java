package org.munacademy.assessment.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.assessment.boundary.TakingFacade;
import org.munacademy.assessment.entity.AnswerInput;
import org.munacademy.assessment.entity.AttemptClosedException;
import org.munacademy.assessment.entity.DeadlinePassedException;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.SaveAck;
import org.munacademy.assessment.entity.StaleSequenceException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.ui.Messages;

/**
 * Saves an attempt's answers the moment they are given, one after another, each naming the sequence number the
 * server acknowledged last. An answer stays pending until acknowledged, so a save that failed for a passing reason
 * is kept for «Повторить»; the refusals that mean the attempt moved on (a save from another window, the deadline,
 * the attempt closed) are handed to the page.
 */
class TakingAutosave {

    /** What the page does when the server refuses for a reason other than a passing failure. */
    interface Listener {
        void saved(SaveAck ack);

        /** Another window saved in between: the answers shown are out of date. */
        void stale();

        void deadlinePassed();

        void closed();
    }

    private static final Logger LOG = Logger.getLogger(TakingAutosave.class.getName());

    private final TakingFacade taking;
    private final long attemptId;
    private final TakingSaveStatus status;
    private final Listener listener;
    private final IntUnaryOperator questionNumber;
    /** Answers given but not yet acknowledged, oldest first; the newest answer per question only. */
    private final Map<Integer, Response> pending = new LinkedHashMap<>();
    private long seq;
    private boolean stopped;

    /**
     * @param seq            the sequence number of the attempt as loaded
     * @param questionNumber the number the taker sees for a slot
     */
    TakingAutosave(TakingFacade taking, long attemptId, long seq, TakingSaveStatus status, Listener listener,
            IntUnaryOperator questionNumber) {
        this.taking = taking;
        this.attemptId = attemptId;
        this.seq = seq;
        this.status = status;
        this.listener = listener;
        this.questionNumber = questionNumber;
    }

    /** An answer given: saved at once (after any still pending). */
    void give(int slot, Response response) {
        pending.remove(slot);
        pending.put(slot, response);
        flush();
    }

    int pendingCount() {
        return pending.size();
    }

    /** No more saves: the attempt is closed or replaced by a fresh copy from the server. */
    void stop() {
        stopped = true;
        pending.clear();
    }

    /** Saves what is pending; afterwards nothing is pending unless a save failed. */
    void flush() {
        if (stopped || pending.isEmpty()) {
            return;
        }
        status.saving();
        Instant savedAt = null;
        String refusal = null;
        while (!pending.isEmpty() && !stopped) {
            Map.Entry<Integer, Response> answer = pending.entrySet().iterator().next();
            int slot = answer.getKey();
            try {
                SaveAck ack = taking.save(attemptId, new AnswerInput(slot, seq, answer.getValue()));
                seq = ack.seq();
                pending.remove(slot);
                savedAt = ack.savedAt();
                listener.saved(ack);
            } catch (RuntimeException e) {
                BusinessException b = TakingFormat.business(e);
                if (b instanceof InvalidInputException) {
                    // the answer itself is refused (e.g. too long): trying it again would not help
                    pending.remove(slot);
                    refusal = status.getTranslation("assessment.save.invalid", questionNumber.applyAsInt(slot),
                            Messages.of(status, b));
                    Messages.error(refusal);
                    continue;
                }
                refused(slot, b, e);
                return;
            }
        }
        if (refusal != null) {
            status.refused(refusal);
        } else if (savedAt != null) {
            status.saved(savedAt);
        }
    }

    private void refused(int slot, BusinessException b, RuntimeException e) {
        if (b instanceof StaleSequenceException) {
            stop();
            listener.stale();
        } else if (b instanceof DeadlinePassedException) {
            stop();
            listener.deadlinePassed();
        } else if (b instanceof AttemptClosedException) {
            stop();
            listener.closed();
        } else {
            if (b == null) {
                LOG.log(Level.WARNING, "Answer " + slot + " of attempt " + attemptId + " not saved", e);
            } else {
                Messages.error(Messages.of(status, b));
            }
            status.failed();
        }
    }
}
