package org.munacademy.identity.entity;

import org.munacademy.shared.entity.NoticeTemplate;

/** What the identity context tells people (texts in {@code i18n/notify_*.properties}). */
public enum IdentityNotice implements NoticeTemplate {
    /** An administrator created an account for the person: {0} user name. */
    ACCOUNT_CREATED,
    /** An administrator set a new password for the account: {0} user name. */
    PASSWORD_RESET_BY_ADMIN,
    /** "Forgot password": {0} user name, {1} minutes the link is valid; the link (with the token) is the mail's last argument. */
    PASSWORD_RESET_LINK {
        @Override
        public boolean inApp() {
            return false;
        }

        @Override
        public boolean sensitive() {
            return true;
        }
    },
    /** The password was changed through a reset link: {0} user name. */
    PASSWORD_RESET_DONE,
    /**
     * A staff-list import created an account without a password: {0} user name, {1} days the link is valid; the
     * link to set the first password (with the token) is the mail's last argument.
     */
    ACCOUNT_INVITATION {
        @Override
        public boolean inApp() {
            return false;
        }

        @Override
        public boolean sensitive() {
            return true;
        }
    };

    @Override
    public String context() {
        return "identity";
    }
}
