package org.munacademy.contest.entity;

import java.util.List;

/** One problem with one answer of a questionnaire, with its arguments as text (see the kind). */
public record FieldProblem(String fieldCode, FieldProblemKind kind, List<String> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }
}
