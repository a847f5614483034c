package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.control.RequestBudget;
import org.munacademy.identity.control.ResetTokens;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AccountData;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.IdentityNotice;
import org.munacademy.identity.entity.PasswordResetToken;
import org.munacademy.identity.entity.TooManyAttemptsException;
import org.munacademy.shared.boundary.NotificationSettings;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Recipient;

/**
 * Setting a password with a mailed single-use link, for anybody (no sign-in). "Forgot password": a request for an
 * e-mail address sends the account holder a link with a single-use token valid for
 * {@code ACADEMY_PASSWORD_RESET_VALID_MINUTES} (30); the link sets a new password and ends every session of the
 * account. The answer to a request is the same whether the address is known or not (no account enumeration);
 * requests are limited per client address (429) and per e-mail address (silently), confirmations per client
 * address; every request and confirmation is audited. Offered only when mail leaves the server (SMTP configured):
 * otherwise there is no such flow at all (404). The first password of an account a staff-list import created (its
 * invitation, {@link Invitations}) is set the same way, with or without mail.
 */
@ApplicationScoped
@Transactional
public class PasswordResetFacade {

    static final RequestBudget REQUESTS_PER_ADDRESS = new RequestBudget(5, Duration.ofMinutes(15));
    static final RequestBudget REQUESTS_PER_EMAIL = new RequestBudget(3, Duration.ofHours(1));
    static final RequestBudget CONFIRMATIONS_PER_ADDRESS = new RequestBudget(10, Duration.ofMinutes(15));

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RequestInfo requestInfo;

    @Inject
    Notifier notifier;

    @Inject
    NotificationSettings mail;

    @Inject
    Recipients recipients;

    @Inject
    LoginGuard guard;

    @Inject
    Principals principals;

    @Inject
    Invitations links;

    @Inject
    @ConfigProperty(name = "academy.password-reset.valid-minutes", defaultValue = "30")
    int validMinutes;

    /** Whether the flow is offered (mail is configured). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean available() {
        return mail.mailConfigured();
    }

    /** Sends a reset link to the holder of the address, if there is one; answers the same either way. */
    public void request(String email) {
        requireAvailable();
        Instant now = clock.instant();
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > FieldLimits.EMAIL || !address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", IdentityError.EMAIL_REQUIRED);
        }
        if (!REQUESTS_PER_ADDRESS.tryAcquire(requestInfo.remoteAddress(), now)) {
            audit.record("anonymous", AuditAction.PASSWORD_RESET_REQUESTED, Outcome.DENIED, "email", mask(address),
                    "too many requests from this client address");
            throw new TooManyAttemptsException(Duration.ofMinutes(15));
        }
        if (!REQUESTS_PER_EMAIL.tryAcquire(address, now)) {
            audit.record("anonymous", AuditAction.PASSWORD_RESET_REQUESTED, Outcome.DENIED, "email", mask(address),
                    "too many requests for this e-mail address");
            return; // the same answer: nothing tells whether the address is known
        }
        List<Account> found = em.createQuery("select a from Account a join fetch a.person p "
                        + "where lower(p.email) = :e and a.enabled = true", Account.class)
                .setParameter("e", address).getResultList();
        if (found.isEmpty()) {
            audit.record("anonymous", AuditAction.PASSWORD_RESET_REQUESTED, Outcome.FAILURE, "email", mask(address),
                    "no enabled account with this address");
            return;
        }
        Account a = found.get(0);
        String token = links.issue(a, Duration.ofMinutes(validMinutes)); // one valid link at a time
        Recipient to = recipients.ofAccount(a);
        notifier.send(new Recipient(null, to.email(), to.language()), IdentityNotice.PASSWORD_RESET_LINK,
                "reset-password?token=" + token, a.getUsername(), String.valueOf(validMinutes));
        audit.record("anonymous", AuditAction.PASSWORD_RESET_REQUESTED, Outcome.SUCCESS, "account", a.getUsername(),
                "link sent to " + mask(address));
    }

    /** Sets a new password with a token from a reset mail; the token is used up, every session of the account ends. */
    public void reset(String token, String newPassword) {
        requireAvailable();
        Account a = redeem(token, newPassword, AuditAction.PASSWORD_RESET);
        notifier.send(recipients.ofAccount(a), IdentityNotice.PASSWORD_RESET_DONE, "login", a.getUsername());
        audit.record("anonymous", AuditAction.PASSWORD_RESET, Outcome.SUCCESS, "account", a.getUsername(),
                "new password set with a recovery link");
    }

    /**
     * Sets the first password of an invited account (created by a staff-list import without one) with the token of
     * its invitation. Offered with or without a mail server: without one the invitation link was written to the
     * server log for the operator to hand over. A link of an account that has a password already is refused like a
     * used one.
     */
    public void setFirstPassword(String token, String newPassword) {
        Account a = redeem(token, newPassword, AuditAction.INVITATION_ACCEPTED);
        audit.record("anonymous", AuditAction.INVITATION_ACCEPTED, Outcome.SUCCESS, "account", a.getUsername(),
                "first password set with an invitation link");
    }

    /**
     * Checks the new password and uses the token up (a conditional update: of two requests with one token, one
     * wins), then sets the password; a refused token is audited under {@code action}.
     */
    private Account redeem(String token, String newPassword, AuditAction action) {
        Instant now = clock.instant();
        boolean invitation = action == AuditAction.INVITATION_ACCEPTED;
        if (!CONFIRMATIONS_PER_ADDRESS.tryAcquire(requestInfo.remoteAddress(), now)) {
            audit.record("anonymous", action, Outcome.DENIED, "token", null,
                    "too many confirmations from this client address");
            throw new TooManyAttemptsException(Duration.ofMinutes(15));
        }
        if (newPassword == null || newPassword.length() < AccountData.PASSWORD_MIN || newPassword.length() > 128) {
            throw new InvalidInputException("password", IdentityError.NEW_PASSWORD_TOO_SHORT,
                    AccountData.PASSWORD_MIN);
        }
        PasswordResetToken t = ResetTokens.wellFormed(token) ? em.createQuery(
                        "select t from PasswordResetToken t join fetch t.account where t.tokenHash = :h",
                        PasswordResetToken.class).setParameter("h", ResetTokens.hash(token))
                .getResultStream().findFirst().orElse(null) : null;
        if (t == null || !ResetTokens.usable(t.getExpiresAt(), t.getUsedAt(), now) || !t.getAccount().isEnabled()
                || invitation && t.getAccount().hasPassword()
                || em.createQuery("update PasswordResetToken t set t.usedAt = :now, t.version = t.version + 1 "
                        + "where t.id = :id and t.usedAt is null")
                .setParameter("now", now).setParameter("id", t.getId()).executeUpdate() != 1) {
            audit.record("anonymous", action, Outcome.FAILURE, "account",
                    t == null ? null : t.getAccount().getUsername(), t == null ? "unknown token"
                            : invitation && t.getAccount().hasPassword() ? "the account has a password already"
                            : "expired or used token");
            throw new InvalidInputException("token", IdentityError.RESET_LINK_INVALID);
        }
        Account a = t.getAccount();
        a.changePasswordHash(guard.hasher().hash(newPassword.toCharArray()));
        guard.credentials().forget(a.getUsername());
        em.flush();
        principals.changed();
        return a;
    }

    private void requireAvailable() {
        if (!available()) {
            throw new NotFoundException(IdentityError.RESET_NOT_OFFERED);
        }
    }

    /** {@code a***@example.org}: enough to recognise an address in the audit log, not to harvest it. */
    static String mask(String email) {
        int at = email.indexOf('@');
        String masked = at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
        return masked.length() <= 60 ? masked : masked.substring(0, 60);
    }
}
