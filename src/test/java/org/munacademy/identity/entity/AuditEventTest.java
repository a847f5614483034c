package org.munacademy.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void a_value_that_fits_is_kept_as_it_is() {
        assertThat(AuditEvent.fit("ivanov", 60)).isEqualTo("ivanov");
        assertThat(AuditEvent.fit("x".repeat(60), 60)).isEqualTo("x".repeat(60));
        assertThat(AuditEvent.fit(null, 60)).isNull();
    }

    @Test
    void a_longer_value_is_cut_to_the_column_with_a_marker() {
        String cut = AuditEvent.fit("a".repeat(300), 60);

        assertThat(cut).hasSize(60).endsWith(AuditEvent.CUT_MARKER).startsWith("a".repeat(59));
    }

    @Test
    void a_value_is_counted_and_cut_by_code_points_never_inside_a_surrogate_pair() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 chars
        assertThat(AuditEvent.fit(emoji.repeat(60), 60)).as("60 code points fit").isEqualTo(emoji.repeat(60));

        String cut = AuditEvent.fit(emoji.repeat(100), 60);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(60);
        assertThat(cut).isEqualTo(emoji.repeat(59) + AuditEvent.CUT_MARKER);
    }

    @Test
    void every_string_column_of_an_entry_is_fitted() {
        AuditEvent e = new AuditEvent(Instant.now(), "u".repeat(300), AuditAction.LOGIN, AuditEvent.Outcome.FAILURE,
                "t".repeat(100), "i".repeat(300), "d".repeat(5000), "r".repeat(100));

        assertThat(e.getActor()).hasSize(AuditEvent.ACTOR_MAX).endsWith(AuditEvent.CUT_MARKER);
        assertThat(e.getTargetType()).hasSize(AuditEvent.TARGET_TYPE_MAX);
        assertThat(e.getTargetId()).hasSize(AuditEvent.TARGET_ID_MAX).endsWith(AuditEvent.CUT_MARKER);
        assertThat(e.getDetail()).hasSize(AuditEvent.DETAIL_MAX);
        assertThat(e.getRemoteAddress()).hasSize(AuditEvent.REMOTE_ADDRESS_MAX);
    }
}
