package org.munacademy.assessment.entity;

import java.util.Objects;

/**
 * A question as exchanged with files (GIFT, QTI) and the seeded content: a stable code, the competency and level
 * it assesses (competency code of the national standard), the intended difficulty and the content.
 */
public record BankItem(String code, String competencyCode, int level, Difficulty difficulty, ItemContent content) {

    public BankItem {
        Objects.requireNonNull(content, "content");
        difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
    }
}
