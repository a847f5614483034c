package org.munacademy.assessment.entity;

import java.util.Objects;

/**
 * A question as exchanged with files (GIFT, QTI) and the seeded content: a stable code, the competency and level
 * it assesses (competency code of the national standard), the intended difficulty and the content; optionally the
 * title its author gave it (Moodle's question name: any text, "Вопрос 1") and the category it was filed under in
 * the source bank (Moodle's {@code $CATEGORY}, kept as a tag). A blank title or category is null.
 */
public record BankItem(String code, String competencyCode, int level, Difficulty difficulty, ItemContent content,
        String title, String category) {

    public BankItem {
        Objects.requireNonNull(content, "content");
        difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
        title = title == null || title.isBlank() ? null : title.strip();
        category = category == null || category.isBlank() ? null : category.strip();
    }

    /** An item without a title and category. */
    public BankItem(String code, String competencyCode, int level, Difficulty difficulty, ItemContent content) {
        this(code, competencyCode, level, difficulty, content, null, null);
    }
}
