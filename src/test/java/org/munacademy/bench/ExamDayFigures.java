package org.munacademy.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures the exam-day benchmarks hand to {@link ExamDayBenchmark}'s summary (issue 14's acceptance table):
 * each benchmark records its own as it prints them; run alone, nobody reads them.
 */
final class ExamDayFigures {

    /** One figure: the value as printed and, where the issue sets one, the goal and whether it was met. */
    record Figure(String value, String goal, Boolean met) {
    }

    private static final Map<String, Figure> FIGURES = new LinkedHashMap<>();

    private ExamDayFigures() {
    }

    static synchronized void record(String measure, String value) {
        FIGURES.put(measure, new Figure(value, "", null));
    }

    static synchronized void record(String measure, String value, String goal, boolean met) {
        FIGURES.put(measure, new Figure(value, goal, met));
    }

    static synchronized Map<String, Figure> all() {
        return new LinkedHashMap<>(FIGURES);
    }

    static synchronized void clear() {
        FIGURES.clear();
    }
}
