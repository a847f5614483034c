package org.munacademy.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Secure by default: every view must say who may open it ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); anonymous users are sent to the login view, others get "not found" for views their
 * roles do not allow.
 */
@ApplicationScoped
class AccessControl {

    void serviceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(accessControl));
    }
}
