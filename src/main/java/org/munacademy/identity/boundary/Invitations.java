package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.control.ResetTokens;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.IdentityNotice;
import org.munacademy.identity.entity.PasswordResetToken;
import org.munacademy.identity.entity.StaffAccount;
import org.munacademy.shared.boundary.NotificationSettings;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * Single-use links that set an account's password: the invitation of an account created without one (valid for
 * {@code ACADEMY_INVITATION_VALID_DAYS}, 7 by default) and, for {@link PasswordResetFacade}, the "forgot password"
 * link. The link carries a random token; only its SHA-256 hash is stored; a new link ends the account's earlier
 * unused ones. The invitation goes through the outbox in the caller's transaction (an import that rolls back sends
 * nothing); without a mail server the outbox job writes it, link included, to the server log — then the
 * operator hands the link over. It trusts its caller (a boundary that authorised the account's creation).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
@TrustsItsCaller("the staff-list import and the password reset, which decided whose link to issue")
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    NotificationSettings mail;

    @Inject
    @ConfigProperty(name = "academy.invitation.valid-days", defaultValue = "7")
    int validDays;

    /**
     * Invites the holder of a new account (stored already, without a password, with a person that has an e-mail
     * address) to set the first password. A new account has no earlier link to end: nothing is updated.
     *
     * @return whether the invitation goes out by mail or only to the server log
     */
    public StaffAccount.Status invite(Account account) {
        String token = store(account, clock.instant(), Duration.ofDays(validDays));
        notifier.send(recipients.ofAccount(account), IdentityNotice.ACCOUNT_INVITATION, "set-password?token=" + token,
                account.getUsername(), String.valueOf(validDays));
        return mail.mailConfigured() ? StaffAccount.Status.INVITATION_QUEUED : StaffAccount.Status.INVITATION_IN_LOG;
    }

    /** A new single-use token for the account, valid for {@code validity}; its earlier unused ones end. */
    public String issue(Account account, Duration validity) {
        Instant now = clock.instant();
        em.createQuery("update PasswordResetToken t set t.usedAt = :now, t.version = t.version + 1 "
                        + "where t.account = :a and t.usedAt is null")
                .setParameter("now", now).setParameter("a", account).executeUpdate(); // one valid link at a time
        return store(account, now, validity);
    }

    private String store(Account account, Instant now, Duration validity) {
        String token = ResetTokens.newToken();
        em.persist(new PasswordResetToken(account, ResetTokens.hash(token), now, now.plus(validity)));
        return token;
    }
}
