package org.munacademy.assessment.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.shared.control.SqlStatementProfiler;

/**
 * The statements of an answer save, sent over plain JDBC on one pooled connection outside any JTA transaction: the
 * exam day's hottest call.
 *
 * <p>Through JPA inside the facade's JTA transaction a save cost the database five round trips — the slot's
 * {@code SELECT}, {@code SET autocommit=0}, the {@code UPDATE}, {@code COMMIT}, {@code SET autocommit=1} (counted
 * with MariaDB's {@code Com_*} status on the exam-day benchmark) — and the application EclipseLink's query machinery
 * and the connection's enlistment in the transaction. On MySQL/MariaDB the save is one conditional multi-table
 * {@code UPDATE}, atomic by itself, so here it runs in auto-commit: two round trips in all. On H2 (no multi-table
 * {@code UPDATE}) the sequence number and the answer are two statements in one local transaction on the same
 * connection.
 *
 * <p>The statements are counted like EclipseLink's ({@link SqlStatementProfiler#countJdbc}). A database that cannot
 * be reached surfaces as a {@link PersistenceException} whose cause is the driver's, which the error model answers
 * with 503 DATABASE_UNAVAILABLE like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AnswerStore {

    /** The caller's slot: the attempt must be theirs. */
    static final String SLOT = "SELECT i.revision_id, a.deadline_at, i.presentation FROM assessment_attempt_item i "
            + "JOIN assessment_attempt a ON a.id = i.attempt_id WHERE a.id = ? AND a.person_id = ? AND i.slot = ?";

    /**
     * The save in one statement (MySQL, MariaDB): the attempt's row (owner, sequence number, status, time) is the
     * condition; the sequence number and the answer move together or not at all (2 rows changed, else none).
     */
    static final String SAVE_JOINED = "UPDATE assessment_attempt a JOIN assessment_attempt_item i "
            + "ON i.attempt_id = a.id SET a.seq = a.seq + 1, i.response = ?, i.answer_seq = ?, i.answered_at = ? "
            + "WHERE a.id = ? AND i.slot = ? AND a.person_id = ? AND a.seq = ? AND a.status = ? "
            + "AND a.deadline_at >= ?";

    /** H2: the attempt's sequence number moves on under the same conditions ... */
    static final String MOVE_SEQUENCE = "UPDATE assessment_attempt SET seq = seq + 1 WHERE id = ? AND person_id = ? "
            + "AND seq = ? AND status = ? AND deadline_at >= ?";

    /** ... and the answer is stored in the same local transaction. */
    static final String STORE_ANSWER = "UPDATE assessment_attempt_item SET response = ?, answer_seq = ?, "
            + "answered_at = ? WHERE attempt_id = ? AND slot = ?";

    @Resource(lookup = "java:app/jdbc/academy")
    DataSource dataSource;

    @Inject
    AssessmentSettings settings;

    /** A slot as read: the revision drawn, the attempt's deadline and the presentation (shuffles). */
    public record Slot(long revisionId, Instant deadline, String presentation) {
    }

    /** The answer checked against its slot: what to store ({@code null} for an empty answer). */
    @FunctionalInterface
    public interface Answer {
        String stored(Slot slot);
    }

    /**
     * What became of a save: the slot it was checked against, what was to be stored, and whether it was written
     * (false: the sequence number, the status or the deadline did not allow it, and nothing changed).
     */
    public record Outcome(Slot slot, String stored, boolean written) {
    }

    /**
     * Reads the caller's slot, lets {@code answer} check the answer against it (it may throw: nothing is written)
     * and stores it if the attempt is still at sequence number {@code seq}, in progress and not past
     * {@code cutoff}; the sequence number then moves to {@code seq + 1}.
     *
     * @return empty when the attempt is not the caller's or has no such slot
     */
    public Optional<Outcome> save(long attemptId, long personId, int slot, long seq, Instant now, Instant cutoff,
            Answer answer) {
        try (Connection c = dataSource.getConnection()) {
            Slot found = slot(c, attemptId, personId, slot);
            if (found == null) {
                return Optional.empty();
            }
            String stored = answer.stored(found);
            boolean written = settings.multiTableUpdate()
                    ? joined(c, attemptId, personId, slot, seq, stored, now, cutoff)
                    : inTwo(c, attemptId, personId, slot, seq, stored, now, cutoff);
            return Optional.of(new Outcome(found, stored, written));
        } catch (SQLException e) {
            throw new PersistenceException("Answer save of attempt " + attemptId + ": " + e.getMessage(), e);
        }
    }

    private static Slot slot(Connection c, long attemptId, long personId, int slot) throws SQLException {
        try (PreparedStatement s = statement(c, SLOT, false, attemptId, personId, slot);
                ResultSet r = s.executeQuery()) {
            return r.next() ? new Slot(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3)) : null;
        }
    }

    private static boolean joined(Connection c, long attemptId, long personId, int slot, long seq, String stored,
            Instant now, Instant cutoff) throws SQLException {
        try (PreparedStatement s = statement(c, SAVE_JOINED, true, stored, seq + 1, now, attemptId, slot, personId,
                seq, AttemptStatus.IN_PROGRESS.name(), cutoff)) {
            return s.executeUpdate() > 0;
        }
    }

    private static boolean inTwo(Connection c, long attemptId, long personId, int slot, long seq, String stored,
            Instant now, Instant cutoff) throws SQLException {
        c.setAutoCommit(false);
        try {
            boolean moved;
            try (PreparedStatement s = statement(c, MOVE_SEQUENCE, true, attemptId, personId, seq,
                    AttemptStatus.IN_PROGRESS.name(), cutoff)) {
                moved = s.executeUpdate() == 1;
            }
            if (moved) {
                try (PreparedStatement s = statement(c, STORE_ANSWER, true, stored, seq + 1, now, attemptId, slot)) {
                    s.executeUpdate();
                }
                c.commit();
            } else {
                c.rollback();
            }
            return moved;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * A statement with its parameters bound in order (a {@code null} is an absent answer's text, an {@link Instant} a
     * timestamp), counted as about to be sent.
     */
    private static PreparedStatement statement(Connection c, String sql, boolean write, Object... values)
            throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else if (v instanceof Instant t) {
                    s.setTimestamp(i + 1, Timestamp.from(t));
                } else {
                    s.setObject(i + 1, v);
                }
            }
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
        SqlStatementProfiler.countJdbc(write);
        return s;
    }
}
