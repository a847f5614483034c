package org.munacademy.shared.control;

import java.util.concurrent.atomic.LongAdder;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements EclipseLink executes in this server (persistence.xml names it as
 * {@code eclipselink.profiler}): every SQL call it prepares and sends, queries and writes alike. Benchmarks and tests
 * read the count before and after a call to report statements per operation.
 *
 * <p>Two counts are kept: every statement, and the statements sent while serving an HTTP request (marked by
 * {@code shared/boundary/RequestStatements} around every request, UI and API alike). The scheduled jobs run on their
 * own threads every second or two in the tests; a cost measured from the request count is the request's own, whatever
 * the jobs did meanwhile.
 */
public class SqlStatementProfiler extends SessionProfilerAdapter {

    private static final LongAdder STATEMENTS = new LongAdder();
    private static final LongAdder SERVING = new LongAdder();
    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();
    private static final LongAdder SERVING_WRITES = new LongAdder();

    /** Statements executed since the server started, on every thread. */
    public static long statements() {
        return STATEMENTS.sum();
    }

    /** Statements executed since the server started while serving HTTP requests (not by the scheduled jobs). */
    public static long servingStatements() {
        return SERVING.sum();
    }

    /**
     * Of {@link #servingStatements()}, those that change data (inserts, updates, deletes, bulk and native
     * modifications alike); the rest are reads.
     */
    public static long servingWrites() {
        return SERVING_WRITES.sum();
    }

    /**
     * Counts one statement sent over plain JDBC, outside EclipseLink (the answer save's), like EclipseLink's own.
     *
     * @param write whether it changes data
     */
    public static void countJdbc(boolean write) {
        STATEMENTS.increment();
        if (IN_REQUEST.get() != null) {
            SERVING.increment();
            if (write) {
                SERVING_WRITES.increment();
            }
        }
    }

    /** Marks the current thread as serving a request (true) or not (false) for the count. */
    public static void serving(boolean serving) {
        if (serving) {
            IN_REQUEST.set(Boolean.TRUE);
        } else {
            IN_REQUEST.remove();
        }
    }

    @Override
    public void startOperationProfile(String operationName, DatabaseQuery query, int weight) {
        count(operationName);
        if (query != null && !query.isReadQuery() && SessionProfiler.SqlPrepare.equals(operationName)
                && IN_REQUEST.get() != null) {
            SERVING_WRITES.increment();
        }
    }

    @Override
    public void startOperationProfile(String operationName) {
        count(operationName);
    }

    @Override
    public int getProfileWeight() {
        return SessionProfiler.ALL;
    }

    private static void count(String operationName) {
        // one SqlPrepare per call EclipseLink sends (StatementExecute would also count each statement's close)
        if (SessionProfiler.SqlPrepare.equals(operationName)) {
            STATEMENTS.increment();
            if (IN_REQUEST.get() != null) {
                SERVING.increment();
            }
        }
    }
}
