package org.munacademy.shared.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.munacademy.shared.control.SqlStatementProfiler;

/**
 * Marks the thread serving a request, so that {@link SqlStatementProfiler#servingStatements()} counts what requests
 * cost apart from what the scheduled jobs do on their own threads meanwhile.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestStatements extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SqlStatementProfiler.serving(true);
        try {
            chain.doFilter(request, response);
        } finally {
            SqlStatementProfiler.serving(false);
        }
    }
}
