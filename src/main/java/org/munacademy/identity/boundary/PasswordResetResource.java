package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.shared.boundary.PublicEndpoint;

/**
 * "Forgot password" without signing in: {@code POST password-reset {"email": …}} answers 202 whether or not the
 * address is known; {@code POST password-reset/confirm {"token": …, "password": …}} sets the new password (204) or
 * refuses an invalid, expired or used token (400). 404 when no mail server is configured. {@code POST
 * password-reset/invitation {"token": …, "password": …}} sets the first password of an account a staff-list import
 * created, with the token of its invitation (204, or 400 like a confirmation) — with or without a mail server.
 */
@ApplicationScoped
@Path("password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
@PublicEndpoint
public class PasswordResetResource {

    /** The request body of a reset request. */
    public static class ResetRequest {
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** The request body of a confirmation. */
    public static class ResetConfirmation {
        private String token;
        private String password;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    @Inject
    PasswordResetFacade resets;

    @POST
    public Response request(ResetRequest body) {
        resets.request(body == null ? null : body.getEmail());
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    public Response confirm(ResetConfirmation body) {
        resets.reset(body == null ? null : body.getToken(), body == null ? null : body.getPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("invitation")
    public Response acceptInvitation(ResetConfirmation body) {
        resets.setFirstPassword(body == null ? null : body.getToken(), body == null ? null : body.getPassword());
        return Response.noContent().build();
    }
}
