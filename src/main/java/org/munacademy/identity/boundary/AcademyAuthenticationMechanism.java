package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Set;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.boundary.ProblemMappers;
import org.munacademy.shared.boundary.RequestPaths;

/**
 * One authentication mechanism for the two kinds of client:
 * <ul>
 * <li>the Vaadin UI signs in programmatically ({@code SecurityContext.authenticate} with a user name and
 * password from the login view); on success the session id is renewed and the caller is kept in the HTTP
 * session; on every later request the account's current roles are looked up again, so that a disabled account
 * or a withdrawn role takes effect at once;</li>
 * <li>API clients send HTTP Basic credentials with every request; nothing is kept in a session, and a session
 * cookie sent to {@code /api/**} is ignored (no cross-site requests riding on the UI's sign-in).</li>
 * </ul>
 * Jakarta Security allows one mechanism per application, hence both in one class.
 */
@ApplicationScoped
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = AcademyAuthenticationMechanism.class.getName() + ".caller";
    static final String REALM = "Municipal Academy";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    AccountIdentityStore accounts;

    /**
     * The signed-in user kept in the session, with the credential epoch of their account at sign-in: a password
     * change moves the epoch on and so ends every other session (the changing one is given the new epoch).
     */
    record SessionCaller(String name, long credentialEpoch) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            // dbrestart: the database went away while checking the caller (a restart): not a 500 from the
            // container, but the 503 problem every other call gets meanwhile, so the client retries
            if (ProblemMappers.databaseUnavailable(e) == null) {
                throw e;
            }
            ProblemMappers.writeDatabaseUnavailable(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return interactiveLogin(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        String path = RequestPaths.path(request);
        if (RequestPaths.isStatic(path) || RequestPaths.isApi(path)) {
            // the REST API authenticates only by its own credentials: a session cookie the browser sends along
            // with a request a foreign page started (CSRF) signs nobody in there
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            Set<String> roles = accounts.sessionRoles(caller.name(), caller.credentialEpoch());
            if (roles.isEmpty()) {
                // account disabled or removed, or its password changed meanwhile: the session no longer signs
                // anybody in
                session.removeAttribute(SESSION_CALLER);
                return context.doNothing();
            }
            return context.notifyContainerAboutLogin(caller.name(), roles);
        }
        return context.doNothing();
    }

    private AuthenticationStatus interactiveLogin(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        String name = result.getCallerPrincipal().getName();
        request.getSession(true).setAttribute(SESSION_CALLER, new SessionCaller(name, accounts.credentialEpoch(name)));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon > 0) {
            context.getRequest().setAttribute(RequestInfo.BASIC_AUTHENTICATION, Boolean.TRUE);
            CredentialValidationResult result = identityStoreHandler.validate(new UsernamePasswordCredential(
                    decoded.substring(0, colon), decoded.substring(colon + 1)));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        unauthorized(context.getRequest(), response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Writes the 401 problem response API clients get for Basic credentials that are not accepted: the error model's
     * code ({@link IdentityError#CREDENTIALS_REJECTED}) and its text in the language the request accepts (English
     * without an Accept-Language), like every other problem of the API. Written here, before any resource runs.
     */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response) {
        IdentityError code = IdentityError.CREDENTIALS_REJECTED;
        // without the header the servlet container answers with the server's default locale: English then
        ErrorTexts texts = request.getHeader("Accept-Language") == null ? ErrorTexts.IN_ENGLISH
                : ErrorTexts.accepting(Collections.list(request.getLocales()));
        try {
            response.setStatus(code.status());
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", code.status())
                    .add("code", code.name())
                    .add("detail", texts.text(code.key()))
                    .add("errors", Json.createArrayBuilder())
                    .build().toString());
        } catch (IOException e) {
            // the client has gone; nothing to tell it
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
