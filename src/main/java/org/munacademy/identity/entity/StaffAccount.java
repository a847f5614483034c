package org.munacademy.identity.entity;

/**
 * An account the staff-list import creates (or would create, in a dry run) for a person of the list, or why it
 * cannot: only people with an e-mail address get one, since the invitation to set the first password goes there.
 *
 * @param row      the person's row in the file (the header is row 1)
 * @param person   the person's full name as the list gives it
 * @param username the new account's user name; {@code null} when there is none ({@link Status#NO_EMAIL})
 * @param status   what happened, or would happen
 */
public record StaffAccount(int row, String person, String username, Status status) {

    /** What became of the account (texts: {@code staff.account.status.*}). */
    public enum Status {
        /** A dry run: the account would be created and invited. */
        TO_CREATE,
        /** The row has no e-mail address (and the person has none on record): no account, not an error. */
        NO_EMAIL,
        /** Created; the invitation is in the outbox and goes out by mail. */
        INVITATION_QUEUED,
        /** Created; no mail server is configured, so the invitation (with its link) is written to the server log. */
        INVITATION_IN_LOG
    }
}
