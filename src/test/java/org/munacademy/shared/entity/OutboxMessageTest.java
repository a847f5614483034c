package org.munacademy.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private final Instant now = Instant.parse("2026-03-02T10:00:00Z");

    private OutboxMessage message(boolean sensitive) {
        return new OutboxMessage("a@example.org", "ru", "notice.identity.PASSWORD_RESET_LINK", "Восстановление",
                "Ссылка: https://academy/reset-password?token=secret", sensitive, now);
    }

    @Test
    void a_new_message_is_due_at_once_and_pending() {
        OutboxMessage m = message(false);
        assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(m.getNextAttemptAt()).isEqualTo(now);
        assertThat(m.getAttempts()).isZero();
    }

    @Test
    void a_failed_try_waits_for_its_retry_and_the_last_one_gives_up() {
        OutboxMessage m = message(false);
        m.failed("Connection refused", now.plusSeconds(30));
        assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(m.getNextAttemptAt()).isEqualTo(now.plusSeconds(30));
        assertThat(m.getAttempts()).isEqualTo(1);
        assertThat(m.getLastError()).isEqualTo("Connection refused");
        m.failed("Connection refused", null);
        assertThat(m.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(m.getAttempts()).isEqualTo(2);
    }

    @Test
    void the_secret_body_of_a_reset_mail_is_wiped_once_sent_but_an_ordinary_one_is_kept() {
        OutboxMessage secret = message(true);
        secret.sent(now);
        assertThat(secret.getBody()).isEmpty();
        assertThat(secret.getStatus()).isEqualTo(OutboxStatus.SENT);
        OutboxMessage plain = message(false);
        plain.sent(now);
        assertThat(plain.getBody()).contains("token=secret");
    }

    @Test
    void an_over_long_subject_or_error_is_cut_to_its_column() {
        OutboxMessage m = new OutboxMessage("a@example.org", "en", "t", "x".repeat(400), "body", false, now);
        assertThat(m.getSubject()).hasSize(FieldLimits.MAIL_SUBJECT);
        m.failed("e".repeat(900), now);
        assertThat(m.getLastError()).hasSize(FieldLimits.MAIL_ERROR);
    }
}
