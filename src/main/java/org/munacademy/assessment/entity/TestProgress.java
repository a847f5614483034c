package org.munacademy.assessment.entity;

import java.util.List;

/**
 * Testing in an HR officer's scope at a glance: attempts in progress, and the people whose assigned test is past its
 * due date without a finished attempt, in total and per test (most first).
 */
public record TestProgress(long inProgress, long overduePeople, List<TestCount> inProgressByTest,
        List<TestCount> overdueByTest) {

    public TestProgress {
        inProgressByTest = List.copyOf(inProgressByTest);
        overdueByTest = List.copyOf(overdueByTest);
    }
}
