package org.munacademy.identity.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of the identity context (persons, accounts, sign-in).
 * Texts: {@code i18n/errors-identity_*.properties}.
 */
public enum IdentityError implements ErrorCode {
    /** HTTP Basic credentials that are not accepted (unknown user, wrong password, disabled account). */
    CREDENTIALS_REJECTED(401),
    /** The user name is taken. Argument: the user name. */
    DUPLICATE_LOGIN(409),
    /** Too many failed sign-ins or password checks. Argument: seconds to wait. */
    TOO_MANY_ATTEMPTS(429),
    /** The action needs a signed-in caller. */
    SIGN_IN_REQUIRED(403),
    /** The caller's roles do not allow the action. */
    ROLE_NOT_ALLOWED(403),
    /** No person with this id (national scope only). Argument: the id. */
    PERSON_NOT_FOUND(404),
    /** The person lies outside the caller's scope (or does not exist). */
    PERSON_OUTSIDE_SCOPE(403),
    /** No account with this id. Argument: the id. */
    ACCOUNT_NOT_FOUND(404),
    /** The caller's account has no person card. */
    NO_PERSON_CARD(404),
    /** A new account needs a password. */
    PASSWORD_REQUIRED(400),
    /** The user name of an account cannot be changed. */
    USERNAME_IMMUTABLE(400),
    /** An administrator cannot take the administrator role from themselves. */
    CANNOT_DROP_OWN_ADMIN(400),
    /** A password change needs the current password. */
    CURRENT_PASSWORD_REQUIRED(400),
    /** The new password is too short (or too long). Argument: the minimum length. */
    NEW_PASSWORD_TOO_SHORT(400),
    /** The current password is wrong. */
    CURRENT_PASSWORD_WRONG(400),
    /** The account names a person that does not exist. */
    UNKNOWN_PERSON(400),
    /** The person already has an account. */
    PERSON_HAS_ACCOUNT(400),
    /** A grant names a region that does not exist. */
    UNKNOWN_REGION(400),
    /** A grant or card names a municipality that does not exist. */
    UNKNOWN_MUNICIPALITY(400),
    /** The same role and scope are granted twice. */
    GRANT_TWICE(400),
    /** The card names a municipality outside the caller's scope. */
    MUNICIPALITY_OUTSIDE_SCOPE(400),
    /** A staff list needs the municipality it is loaded into (the caller's scope is more than one). */
    MUNICIPALITY_REQUIRED(400),
    /** The card names a position that does not exist. */
    UNKNOWN_POSITION(400),
    /** Another person already has this e-mail. */
    EMAIL_TAKEN(400),
    /** Another person already has this СНИЛС (it is unique). Argument: the СНИЛС. */
    SNILS_TAKEN(400),
    /** A password reset asks for an e-mail address. */
    EMAIL_REQUIRED(400),
    /** A password reset link is unknown, used or expired. */
    RESET_LINK_INVALID(400),
    /** Password recovery by mail is not offered (no mail server configured). */
    RESET_NOT_OFFERED(404);

    private final int status;

    IdentityError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "identity";
    }
}
