package org.munacademy.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * The least hours per kind (Приказ Минобрнауки России № 499, п. 12): 16 for a qualification upgrade, 250 for
 * retraining; and the document each kind ends with (273-ФЗ, ст. 76).
 */
class ProgrammeKindTest {

    @Test
    void a_qualification_upgrade_lasts_at_least_sixteen_hours() {
        assertThat(ProgrammeKind.QUALIFICATION_UPGRADE.minimumHours()).isEqualTo(16);
        assertThat(ProgrammeKind.QUALIFICATION_UPGRADE.allows(16)).isTrue();
        assertThat(ProgrammeKind.QUALIFICATION_UPGRADE.allows(15)).isFalse();
        ProgrammeKind.QUALIFICATION_UPGRADE.requireHours(16);
        assertThatThrownBy(() -> ProgrammeKind.QUALIFICATION_UPGRADE.requireHours(15))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("hours");
                        assertThat(v.code()).isEqualTo(LearningError.UPGRADE_TOO_SHORT);
                        assertThat(v.args()).containsExactly(16);
                    });
                });
    }

    @Test
    void retraining_lasts_at_least_two_hundred_and_fifty_hours() {
        assertThat(ProgrammeKind.RETRAINING.minimumHours()).isEqualTo(250);
        assertThat(ProgrammeKind.RETRAINING.allows(250)).isTrue();
        assertThat(ProgrammeKind.RETRAINING.allows(249)).isFalse();
        assertThat(ProgrammeKind.RETRAINING.allows(72)).as("enough for an upgrade, not for retraining").isFalse();
        assertThatThrownBy(() -> ProgrammeKind.RETRAINING.requireHours(249))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo(LearningError.RETRAINING_TOO_SHORT);
                            assertThat(v.args()).containsExactly(250);
                        }));
    }

    @Test
    void no_programme_lasts_beyond_the_upper_bound() {
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            assertThat(kind.allows(ProgrammeKind.MAX_HOURS)).isTrue();
            assertThat(kind.allows(ProgrammeKind.MAX_HOURS + 1)).isFalse();
            assertThatThrownBy(() -> kind.requireHours(ProgrammeKind.MAX_HOURS + 1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.code())
                                    .isEqualTo(LearningError.HOURS_OUT_OF_RANGE)));
        }
    }

    @Test
    void each_kind_ends_with_its_document() {
        assertThat(ProgrammeKind.QUALIFICATION_UPGRADE.document())
                .isEqualTo(CompletionDocument.QUALIFICATION_CERTIFICATE);
        assertThat(ProgrammeKind.RETRAINING.document()).isEqualTo(CompletionDocument.RETRAINING_DIPLOMA);
    }
}
