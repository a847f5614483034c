package org.munacademy.identity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A login to the platform: a unique user name, a PBKDF2 password hash (never the password), the person it
 * belongs to (an administrator's technical account may have none) and the roles granted with their scopes.
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,59}$";

    /**
     * The stored "hash" of an account that has no password yet (created by a staff-list import, waiting for its
     * holder to follow the invitation): not a PBKDF2 hash, so no password ever matches it.
     */
    public static final String NO_PASSWORD = "!no-password";

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{account.username.format}")
    @Column(nullable = false, length = 60)
    private String username;

    @NotBlank
    @Size(max = 255)
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /**
     * Moves on with every password change. A signed-in session remembers the epoch it signed in under and ends
     * when it no longer matches: a new password signs out every other session.
     */
    @Column(name = "credential_epoch", nullable = false)
    private long credentialEpoch;

    /** The language the account reads in (the last one chosen in the UI); {@code null} = Russian. */
    @Column(length = 5)
    private String language;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> grants = new ArrayList<>();

    protected Account() {
    }

    public Account(String username, String passwordHash, Person person, Instant createdAt) {
        this.username = UserName.normalise(username);
        this.passwordHash = passwordHash;
        this.person = person;
        this.createdAt = createdAt;
    }

    /**
     * An account without a password: its holder sets the first one with the link of an invitation (a single-use
     * token); until then nobody can sign in with it.
     */
    public static Account invited(String username, Person person, Instant createdAt) {
        return new Account(username, NO_PASSWORD, person, createdAt);
    }

    /** Whether a password was ever set (false while an invitation waits). */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public RoleGrant grant(Role role, ScopeType scopeType, org.munacademy.organisation.entity.Region region,
            org.munacademy.organisation.entity.Municipality municipality) {
        RoleGrant g = new RoleGrant(this, role, scopeType, region, municipality);
        grants.add(g);
        return g;
    }

    public void clearGrants() {
        grants.clear();
    }

    /** A new password: every session signed in under the old one ends (see {@link #getCredentialEpoch()}). */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.credentialEpoch++;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public void loggedIn(Instant at) {
        this.lastLoginAt = at;
    }

    /** Remembers the language chosen in the UI ({@code ru} or {@code en}): mail to the account uses it. */
    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLanguage() {
        return language;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCredentialEpoch() {
        return credentialEpoch;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public List<RoleGrant> getGrants() {
        return Collections.unmodifiableList(grants);
    }
}
