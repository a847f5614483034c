package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ImportChange.FieldChange;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.QuestionType;

class ImportDiffTest {

    static final ItemContent CHOICE = new ItemContent(QuestionType.SINGLE_CHOICE, "Какой орган?", List.of(
            Option.choice("Финансовый", 100, null), Option.choice("Контрольный", 0, "Нет")), null, null, null);

    @Test
    void the_same_question_has_no_changes() {
        BankItem item = new BankItem("BUD-01-004", "BUD-01", 2, Difficulty.EASY, CHOICE);
        assertThat(ImportDiff.changes(item, item)).isEmpty();
    }

    @Test
    void every_changed_field_is_listed_with_its_old_and_new_value() {
        BankItem before = new BankItem("BUD-01-004", "BUD-01", 2, Difficulty.EASY, CHOICE);
        ItemContent ordering = new ItemContent(QuestionType.ORDERING, "Расположите", null, null,
                List.of("первое", "второе"), "Так");
        BankItem after = new BankItem("BUD-01-004", "LAW-01", 3, Difficulty.HARD, ordering);

        assertThat(ImportDiff.changes(before, after)).containsExactly(
                new FieldChange("stem", "Какой орган?", "Расположите"),
                new FieldChange("type", "SINGLE_CHOICE", "ORDERING"),
                new FieldChange("competency", "BUD-01", "LAW-01"),
                new FieldChange("level", "2", "3"),
                new FieldChange("difficulty", "EASY", "HARD"),
                new FieldChange("options", "Финансовый [100 %]; Контрольный [0 %]", "первое → второе"),
                new FieldChange("feedback", "Нет", "Так"));
    }

    @Test
    void a_moved_key_shows_as_changed_options() {
        ItemContent moved = new ItemContent(QuestionType.SINGLE_CHOICE, "Какой орган?", List.of(
                Option.choice("Финансовый", 0, null), Option.choice("Контрольный", 100, "Нет")), null, null, null);
        assertThat(ImportDiff.changes(new BankItem("X", "BUD-01", 2, Difficulty.EASY, CHOICE),
                new BankItem("X", "BUD-01", 2, Difficulty.EASY, moved)))
                .extracting(FieldChange::field).containsExactly("options");
    }
}
