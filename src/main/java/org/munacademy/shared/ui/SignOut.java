package org.munacademy.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Event;
import jakarta.servlet.ServletException;
import java.security.Principal;
import java.util.logging.Logger;

/** Signing out from any frame: the event (identity audits it), the browser sent to the login page, the end. */
public final class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    private SignOut() {
    }

    public static void now(UI ui, Event<SignOutRequested> signOut) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Principal principal = request.getUserPrincipal();
        signOut.fire(new SignOutRequested(principal == null ? null : principal.getName()));
        ui.getPage().setLocation("/login");
        try {
            request.getHttpServletRequest().logout();
        } catch (ServletException e) {
            LOG.fine(() -> "logout: " + e.getMessage());
        }
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
