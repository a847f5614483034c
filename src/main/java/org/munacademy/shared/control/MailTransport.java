package org.munacademy.shared.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one plain-text UTF-8 mail over SMTP through Jakarta Mail (the server's own implementation: the WAR bundles
 * none). Time-outs keep a dead mail server from holding the outbox job.
 */
public final class MailTransport {

    /** SMTP settings; {@code user} may be {@code null} (no authentication). */
    public record Smtp(String host, int port, String user, String password, String from, boolean startTls) {
    }

    private final Session session;
    private final Smtp smtp;

    public MailTransport(Smtp smtp) {
        this.smtp = smtp;
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        boolean auth = smtp.user() != null && !smtp.user().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        this.session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.user(), smtp.password() == null ? "" : smtp.password());
            }
        }) : Session.getInstance(p);
    }

    /**
     * Sends one mail. Its {@code Message-ID} is made from the outbox message's id and the sender's domain, so a mail
     * sent again after a node died between the SMTP server's acceptance and the "sent" mark carries the same
     * identity: mail stores and clients that collapse duplicates by Message-ID show it once.
     */
    public void send(long outboxId, String to, String subject, String body) throws MessagingException {
        String messageId = messageId(outboxId, smtp.from());
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(smtp.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(body, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        Transport.send(m);
    }

    /** {@code <outbox-42@example.org>}: the outbox id at the sender's domain (or "localhost"). */
    static String messageId(long outboxId, String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        String domain = at < 0 ? "localhost" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<outbox-" + outboxId + "@" + (domain.isEmpty() ? "localhost" : domain) + ">";
    }
}
