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

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(smtp.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(body, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        Transport.send(m);
    }
}
