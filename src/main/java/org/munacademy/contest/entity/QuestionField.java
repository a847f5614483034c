package org.munacademy.contest.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a nomination's questionnaire, as the contest administrator defines it: a stable code, a label, its
 * type, whether an answer is required, a maximum length of the answer in characters (any type), an inclusive range
 * for a number, and the choices of a choice field. {@code null} limits do not restrict.
 */
public record QuestionField(String code, String label, FieldType type, boolean required, Integer maxLength,
        BigDecimal min, BigDecimal max, List<String> choices) {

    public QuestionField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
