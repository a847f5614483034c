package org.munacademy.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.entity.Account;

/**
 * A password change ends the other sessions of the account: the session remembers the credential epoch it signed
 * in under, and the authentication mechanism asks the account for its roles under that epoch on every request (one
 * query: {@link AccountIdentityStore#sessionRoles}). Here the store is a stand-in holding the account's current
 * epoch; the servlet objects are minimal fakes.
 */
class SessionCredentialEpochTest {

    /** The account "hr" with its credential epoch as the database would hold it. */
    static final class Store extends AccountIdentityStore {
        long epoch;

        @Override
        public Set<String> sessionRoles(String username, long credentialEpoch) {
            return username.equals("hr") && credentialEpoch == epoch ? Set.of("HR_OFFICER") : Set.of();
        }
    }

    final Store store = new Store();
    final AcademyAuthenticationMechanism mechanism = new AcademyAuthenticationMechanism();
    final Map<String, Object> sessionAttributes = new HashMap<>();
    String notifiedCaller;

    {
        mechanism.accounts = store;
    }

    @Test
    void a_session_signed_in_under_the_current_epoch_goes_on() {
        store.epoch = 3;
        sessionAttributes.put(AcademyAuthenticationMechanism.SESSION_CALLER,
                new AcademyAuthenticationMechanism.SessionCaller("hr", 3));

        AuthenticationStatus status = mechanism.validateRequest(request(), null, context());

        assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(notifiedCaller).isEqualTo("hr");
    }

    @Test
    void a_session_signed_in_before_a_password_change_ends() {
        Account account = new Account("hr", "HASH-1", null, java.time.Instant.EPOCH);
        sessionAttributes.put(AcademyAuthenticationMechanism.SESSION_CALLER,
                new AcademyAuthenticationMechanism.SessionCaller("hr", account.getCredentialEpoch()));
        account.changePasswordHash("HASH-2"); // somewhere else: the user or an administrator
        store.epoch = account.getCredentialEpoch();

        AuthenticationStatus status = mechanism.validateRequest(request(), null, context());

        assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(notifiedCaller).isNull();
        assertThat(sessionAttributes).doesNotContainKey(AcademyAuthenticationMechanism.SESSION_CALLER);
    }

    @Test
    void every_password_change_moves_the_epoch_on() {
        Account account = new Account("hr", "HASH-1", null, java.time.Instant.EPOCH);
        long before = account.getCredentialEpoch();

        account.changePasswordHash("HASH-2");
        long once = account.getCredentialEpoch();
        account.changePasswordHash("HASH-2"); // even to the same hash

        assertThat(once).isGreaterThan(before);
        assertThat(account.getCredentialEpoch()).isGreaterThan(once);
    }

    private HttpServletRequest request() {
        HttpSession session = fake(HttpSession.class, (name, args) -> switch (name) {
            case "getAttribute" -> sessionAttributes.get((String) args[0]);
            case "removeAttribute" -> sessionAttributes.remove((String) args[0]);
            case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
            default -> null;
        });
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getRequestURI" -> "/people";
            case "getContextPath" -> "";
            case "getSession" -> session;
            default -> null;
        });
    }

    private HttpMessageContext context() {
        return fake(HttpMessageContext.class, (name, args) -> switch (name) {
            case "getAuthParameters" -> AuthenticationParameters.withParams();
            case "doNothing" -> AuthenticationStatus.NOT_DONE;
            case "notifyContainerAboutLogin" -> {
                notifiedCaller = String.valueOf(args[0]);
                yield AuthenticationStatus.SUCCESS;
            }
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args));
    }
}
