package org.munacademy.identity.entity;

import org.munacademy.shared.entity.NoticeTemplate;

/** What the identity context tells people (texts in {@code i18n/notify_*.properties}). */
public enum IdentityNotice implements NoticeTemplate {
    /** An administrator created an account for the person: {0} user name. */
    ACCOUNT_CREATED(false),
    /** An administrator set a new password for the account: {0} user name. */
    PASSWORD_RESET_BY_ADMIN(false),
    /**
     * "Forgot password": {0} user name, {1} minutes the link is valid; the link (with the token) is the mail's last
     * argument.
     */
    PASSWORD_RESET_LINK(true),
    /** The password was changed through a reset link: {0} user name. */
    PASSWORD_RESET_DONE(false),
    /**
     * A staff-list import created an account without a password: {0} user name, {1} days the link is valid; the
     * link to set the first password (with the token) is the mail's last argument.
     */
    ACCOUNT_INVITATION(true);

    /** A mail carrying a single-use link: mail only (not in the in-app list), its body wiped once sent. */
    private final boolean secretLink;

    IdentityNotice(boolean secretLink) {
        this.secretLink = secretLink;
    }

    @Override
    public boolean inApp() {
        return !secretLink;
    }

    @Override
    public boolean sensitive() {
        return secretLink;
    }

    @Override
    public String context() {
        return "identity";
    }
}
