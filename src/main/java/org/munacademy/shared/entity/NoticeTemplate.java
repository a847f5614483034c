package org.munacademy.shared.entity;

/**
 * A kind of notification a context sends (an enum per context, as error codes are). Its texts live in the
 * {@code i18n/notify} bundles under {@link #key()} plus {@code .title} (the in-app list and the mail subject),
 * {@code .text} (the in-app entry) and {@code .body} (the mail, whose last argument is the link), with
 * {@code {0}, {1}…} for the arguments; Russian and English.
 */
public interface NoticeTemplate {

    String name();

    /** The context the notice belongs to, e.g. {@code assessment}. */
    String context();

    /** The bundle key prefix, e.g. {@code notice.assessment.TEST_ASSIGNED}. */
    default String key() {
        return "notice." + context() + "." + name();
    }

    /** Whether the notice appears in the recipient's in-app list (a mail-only notice, like a reset link, does not). */
    default boolean inApp() {
        return true;
    }

    /**
     * Whether the mail carries a secret (a password-reset or invitation link): its body is wiped from the outbox
     * once sent or given up. Without SMTP the outbox job writes it to the log, the only way it then reaches anybody.
     */
    default boolean sensitive() {
        return false;
    }
}
