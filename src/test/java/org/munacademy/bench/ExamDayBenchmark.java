package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14's acceptance table in one run: the start-up benchmark first (it starts its own servers, so the running
 * server must be idle then), then the REST taking benchmark (bare endpoint, saves and their ratio, saves at half the
 * saturation rate, statements and CPU per save, the database's ceiling), the exam-day start (2,000 takers within a
 * minute) and the Vaadin session benchmark (memory per session on the taking page), all against the same running
 * server on MariaDB; then one table of every figure with the goal and whether it was met. A part that fails
 * is reported in the table, and the run fails after it. Not part of the suite; the README's "Exam day in one run"
 * gives the command (it takes the system properties of the three benchmarks).
 */
@ExtendWith(BenchReport.class)
class ExamDayBenchmark {

    private interface Part {
        void run() throws Exception;
    }

    @Test
    void exam_day_figures_in_one_run() {
        ExamDayFigures.clear();
        List<String> failed = new ArrayList<>();
        LocalDateTime started = LocalDateTime.now();
        StartupBenchmark startup = new StartupBenchmark();
        part("start-up", failed, startup::a_node_is_ready_within_one_and_a_half_times_a_bare_payara_micro);
        TakingBenchmark taking = new TakingBenchmark();
        part("answer saves", failed,
                taking::concurrent_answer_saves_compared_with_a_bare_endpoint_and_the_databases_ceiling);
        part("exam-day start", failed,
                new TakingBenchmark()::exam_day_thousands_of_takers_start_the_same_test_within_a_minute);
        VaadinSessionBenchmark sessions = new VaadinSessionBenchmark();
        part("Vaadin sessions", failed,
                sessions::memory_per_vaadin_session_and_the_cost_of_a_save_through_the_taking_page);

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n== Exam day in one run, %s, %d cores, "
                + "against %s ==%n%n| figure | value | goal | met |%n|---|---|---|---|%n",
                started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("bench.url", "http://localhost:8080")));
        for (Map.Entry<String, ExamDayFigures.Figure> e : ExamDayFigures.all().entrySet()) {
            ExamDayFigures.Figure f = e.getValue();
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", e.getKey(), f.value(), f.goal(),
                    f.met() == null ? "" : f.met() ? "yes" : "**no**"));
        }
        failed.forEach(f -> table.append("| ").append(f).append(" | failed, see above | | |\n"));
        System.out.println(table);
        assertThat(failed).as("parts that failed").isEmpty();
    }

    private static void part(String name, List<String> failed, Part part) {
        System.out.printf(Locale.ROOT, "%n======== %s ========%n", name);
        try {
            part.run();
        } catch (Exception | AssertionError e) {
            System.out.println(name + " failed: " + e);
            failed.add(name);
        }
    }
}
