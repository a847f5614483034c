package org.munacademy.identity.ui;

import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.munacademy.shared.entity.AccessRefused;

/**
 * Secure by default: every view must say who may open it ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); anonymous users are sent to the login view, others get "not found" for views their
 * roles do not allow — and that refusal is audited as {@code ACCESS_DENIED} like any other.
 */
@ApplicationScoped
class AccessControl {

    @Inject
    Event<AccessRefused> refused;

    void serviceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        BeforeEnterListener audited = e -> {
            accessControl.beforeEnter(e);
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            boolean signedIn = request != null && request.getUserPrincipal() != null;
            if (signedIn && (e.hasRerouteTarget() || e.hasForwardTarget() || e.hasUnknownReroute())) {
                refused.fire(new AccessRefused("view not allowed for your role", "ui /" + e.getLocation().getPath()));
            }
        };
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(audited));
    }
}
