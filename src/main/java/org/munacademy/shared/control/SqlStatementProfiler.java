package org.munacademy.shared.control;

import java.util.concurrent.atomic.LongAdder;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements EclipseLink executes in this server (persistence.xml names it as
 * {@code eclipselink.profiler}): every SQL call it prepares and sends, queries and writes alike. Benchmarks read the
 * count before and after a run to report statements per operation.
 */
public class SqlStatementProfiler extends SessionProfilerAdapter {

    private static final LongAdder STATEMENTS = new LongAdder();

    /** Statements executed since the server started. */
    public static long statements() {
        return STATEMENTS.sum();
    }

    @Override
    public void startOperationProfile(String operationName, DatabaseQuery query, int weight) {
        count(operationName);
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
        }
    }
}
