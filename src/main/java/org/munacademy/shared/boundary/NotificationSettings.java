package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.shared.control.Backoff;
import org.munacademy.shared.control.MailTransport;

/**
 * Mail and outbox settings (MicroProfile Config; environment variables {@code ACADEMY_SMTP_HOST}, {@code _PORT},
 * {@code _USER}, {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}). Without {@code ACADEMY_SMTP_HOST} no mail
 * leaves the server: the outbox job writes each message to the log instead, and features that only work by mail
 * (the "forgot password" link) are not offered.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "academy.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "academy.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "academy.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "academy.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "academy.smtp.from", defaultValue = "academy@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "academy.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "academy.notify.send-seconds", defaultValue = "10")
    int sendSeconds;

    @Inject
    @ConfigProperty(name = "academy.notify.retry-base-seconds", defaultValue = "30")
    int retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "academy.notify.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "academy.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Whether mail is sent (an SMTP host is configured). */
    public boolean mailConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public MailTransport.Smtp smtp() {
        return new MailTransport.Smtp(host.orElseThrow().trim(), port, user.filter(u -> !u.isBlank()).orElse(null),
                password.orElse(null), from, startTls);
    }

    /** How often the outbox job looks for messages to send. */
    public int sendSeconds() {
        return sendSeconds;
    }

    /** Retries: 30 s, 1, 2, 4 … minutes, at most 6 hours apart, given up after the eighth try by default. */
    public Backoff backoff() {
        return new Backoff(Duration.ofSeconds(Math.max(1, retryBaseSeconds)), Duration.ofHours(6),
                Math.max(1, maxAttempts));
    }

    /** The address links in mail point to, without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
