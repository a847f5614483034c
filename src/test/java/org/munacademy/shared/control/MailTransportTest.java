package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mail a message of the outbox becomes, sent to an in-process SMTP server on a free loopback port. */
class MailTransportTest {

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private MailTransport transport() {
        return new MailTransport(new MailTransport.Smtp("127.0.0.1", smtp.getSmtp().getPort(), null, null,
                "academy@munacademy.test", false));
    }

    @Test
    void a_message_sent_again_after_a_crash_keeps_the_message_id_so_mail_stores_can_show_it_once() throws Exception {
        transport().send(42, "anna@example.org", "Назначен тест", "Тест «Бюджет» до 10.12.");
        transport().send(42, "anna@example.org", "Назначен тест", "Тест «Бюджет» до 10.12.");
        transport().send(43, "anna@example.org", "Результат", "Готов результат.");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(m -> header(m, "Message-ID")))
                .containsExactly("<outbox-42@munacademy.test>", "<outbox-42@munacademy.test>",
                        "<outbox-43@munacademy.test>");
        assertThat(received[0].getSubject()).isEqualTo("Назначен тест");
        assertThat(((String) received[0].getContent()).trim()).isEqualTo("Тест «Бюджет» до 10.12.");
    }

    @Test
    void the_message_id_takes_only_safe_characters_of_the_senders_domain() {
        assertThat(MailTransport.messageId(7, "Академия <academy@mun>academy.ru>"))
                .isEqualTo("<outbox-7@munacademy.ru>");
        assertThat(MailTransport.messageId(7, "no-domain")).isEqualTo("<outbox-7@localhost>");
        assertThat(MailTransport.messageId(7, null)).isEqualTo("<outbox-7@localhost>");
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
