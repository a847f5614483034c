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
 * results afterwards; the UI and REST see the same data. Other contexts restrict their rows through
{@code DataScope}, a typed contract (a JPA Criteria predicate on a person id, checks for a person, municipality or
region, the caller's own place) that refuses anybody but HR officers and administrators: no query text crosses a
context's border, and the scope rule is written once. Refused attempts and every read of somebody else's
 * card are audited in a transaction of their own, so the refusal's rollback does not erase its trace.</li>
 * <li>Unknown user and wrong password give the same answer after the same work; throttling counts per user
 * name whether or not it exists. Every password verification (sign-in, Basic, the current password on a change)
 * first reserves a permit of the {@code LoginThrottle}: failures plus verifications in flight never exceed the
 * free attempts, so parallel guesses cannot outrun the count; per client address a budget of verifications and
 * failures keeps one source from burning the processors or locking many accounts. A success clears only the
 * failures from its own address and never a running lock.</li>
 * <li>User names are normalised once (trimmed, NFC, lower case) and limited to a safe Latin set; the database
 * compares them byte for byte (utf8mb4_bin, V5), so {@code ádmin} is another name, never another spelling of
 * {@code admin}; the throttle and the credential cache use the same normalised key.</li>
 * <li>A session remembers the account's credential epoch; a password change moves it on, so every other session
 * ends on its next request (checked in the same query as the current roles), the changing one goes on.</li>
 * <li>A card id outside the caller's scope and one that does not exist get the same 403 (audited) for everybody
 * without a national scope: the answer reveals no ids. Every {@code AccessDeniedException} that becomes a
 * response (REST or UI) is audited centrally as {@code ACCESS_DENIED} ({@code AccessRefusalAudit}).</li>
 * <li>A staff-list import may create accounts: Employee in the list's municipality, for everybody with an e-mail
 * address and no account, user names derived from the name ({@code UserNames}: ICAO transliteration of the surname
 * plus initials, numbered when taken). Such an account has no password ({@code Account.NO_PASSWORD}) until its holder
 * follows the invitation — a single-use link of 7 days, the "forgot password" token with only its hash stored — so no
 * password is ever generated or handed over. Whether a link is an invitation follows from its account having no
 * password: no separate table or column.</li>
 * <li>Demo accounts with known passwords exist only on an explicit setting (the embedded quick start or
 * {@code ACADEMY_DEMO_ACCOUNTS=true}); elsewhere the first administrator comes from the environment and must be
 * a new account (an existing one is never promoted).</li>
 * </ul>
 */
package org.munacademy.identity;
