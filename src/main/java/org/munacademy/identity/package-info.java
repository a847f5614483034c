/**
 * Identity: who people are and what they may see. Persons (personal data with consent), accounts (PBKDF2 password
 * hashes), roles granted with a scope (a municipality with its settlements, a region, or the whole country), the
 * sign-in for the UI and HTTP Basic for the API, login throttling, and the append-only audit log.
 * <p>
 * Decisions:
 * <ul>
 * <li>One Jakarta Security mechanism serves both clients: the Vaadin login view authenticates programmatically
 * and the caller is kept in the HTTP session (with a new session id); API clients send Basic credentials with
 * every request. The account's current roles are looked up on every request, so disabling an account or
 * withdrawing a role takes effect at once.</li>
 * <li>Scope is enforced in the boundaries ({@code PersonFacade}), in the query itself, never by filtering
 * results afterwards; the UI and REST see the same data. Refused attempts and every read of somebody else's
 * card are audited in a transaction of their own, so the refusal's rollback does not erase its trace.</li>
 * <li>Unknown user and wrong password give the same answer after the same work; throttling counts per user
 * name whether or not it exists.</li>
 * <li>Demo accounts with known passwords exist only in the embedded demo run; elsewhere the first administrator
 * comes from the environment.</li>
 * </ul>
 */
package org.munacademy.identity;
