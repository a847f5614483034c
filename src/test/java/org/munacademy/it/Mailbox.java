package org.munacademy.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The in-process SMTP server (GreenMail) on 127.0.0.1:{@code it.smtp.port} that the test servers send their mail to
 * (the failsafe H2 execution sets {@code ACADEMY_SMTP_HOST/PORT}). One per test JVM, started on first use.
 */
final class Mailbox {

    static final int PORT = Integer.getInteger("it.smtp.port", 3025);
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Starts the server if needed (call before the action that sends mail, so no retry wait is needed). */
    static void open() {
        server();
    }

    /** The mail received so far for an address. */
    static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until {@code count} mails for the address arrived (at most {@code timeout}); returns them all. */
    static List<MimeMessage> await(String address, int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> got = to(address);
        while (got.size() < count && System.nanoTime() < until) {
            Thread.sleep(200);
            got = to(address);
        }
        return got;
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
