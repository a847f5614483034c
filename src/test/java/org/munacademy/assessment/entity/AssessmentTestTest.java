package org.munacademy.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/** The life-cycle of a test, guarded by the entity itself: draft → published → archived. */
class AssessmentTestTest {

    private static AssessmentTest draft(BlueprintRule... rules) {
        AssessmentTest t = new AssessmentTest("IT-LIFE", "MUN-COMP", "methodologist", Instant.EPOCH);
        TestSettings s = new TestSettings();
        s.setTitle("Жизненный цикл теста");
        s.setRules(List.of(rules));
        t.apply(s);
        return t;
    }

    @Test
    void a_new_test_is_a_draft_that_nobody_can_be_assigned_to() {
        AssessmentTest t = draft(new BlueprintRule("DIG-01", null, 3));
        assertThat(t.getStatus()).isEqualTo(TestStatus.DRAFT);
        assertThat(t.isPublished()).isFalse();
    }

    @Test
    void a_draft_whose_bank_serves_every_rule_is_published() {
        AssessmentTest t = draft(new BlueprintRule("DIG-01", null, 3));
        t.publish(List.of());
        assertThat(t.getStatus()).isEqualTo(TestStatus.PUBLISHED);
        assertThat(t.isPublished()).isTrue();
    }

    @Test
    void a_draft_without_rules_is_not_published() {
        AssessmentTest t = draft();
        assertThatThrownBy(() -> t.publish(List.of())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("rules"));
        assertThat(t.getStatus()).isEqualTo(TestStatus.DRAFT);
    }

    @Test
    void a_draft_short_of_questions_is_not_published_and_the_refusal_names_every_shortfall() {
        AssessmentTest t = draft(new BlueprintRule("DIG-01", null, 3), new BlueprintRule("LAW-02", 2, 5));
        Shortfall any = new Shortfall(1, "DIG-01", null, 3, 1, 0);
        Shortfall atLevel = new Shortfall(2, "LAW-02", 2, 5, 0, 0);
        assertThatThrownBy(() -> t.publish(List.of(any, atLevel)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::toString)
                        .containsExactly(any.violation().toString(), atLevel.violation().toString()));
        assertThat(t.getStatus()).isEqualTo(TestStatus.DRAFT);
    }

    @Test
    void a_published_test_is_not_published_again() {
        AssessmentTest t = draft(new BlueprintRule("DIG-01", null, 3));
        t.publish(List.of());
        assertThatThrownBy(() -> t.publish(List.of())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).status()).isEqualTo(409);
        assertThat(t.getStatus()).isEqualTo(TestStatus.PUBLISHED);
    }

    @Test
    void a_published_test_is_archived_and_an_archived_test_is_never_published_again() {
        AssessmentTest t = draft(new BlueprintRule("DIG-01", null, 3));
        t.publish(List.of());
        t.archive();
        assertThat(t.getStatus()).isEqualTo(TestStatus.ARCHIVED);
        assertThat(t.isPublished()).isFalse();
        assertThatThrownBy(() -> t.publish(List.of())).isInstanceOf(BusinessException.class);
        assertThat(t.getStatus()).isEqualTo(TestStatus.ARCHIVED);
    }

    @Test
    void a_draft_is_not_archived() {
        AssessmentTest t = draft(new BlueprintRule("DIG-01", null, 3));
        assertThatThrownBy(t::archive).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).status()).isEqualTo(409);
        assertThat(t.getStatus()).isEqualTo(TestStatus.DRAFT);
    }
}
