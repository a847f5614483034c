package org.munacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Event;
import jakarta.servlet.ServletException;
import java.security.Principal;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * What every frame of a signed-in page shows on its bar, built once for both: the main layout and the taking page's
 * own frame. Who is signed in ({@code current-user}), the other language ({@code switch-language}) and sign-out
 * ({@code logout}: the event identity audits, the browser sent to the login page, the session ended).
 */
public final class FrameControls {

    private static final Logger LOG = Logger.getLogger(FrameControls.class.getName());

    private FrameControls() {
    }

    /** The signed-in user's name. */
    public static Span user() {
        Principal principal = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getUserPrincipal();
        Span user = new Span(principal == null ? "" : principal.getName());
        user.setId("current-user");
        return user;
    }

    /** A tertiary button naming the other language than the page's, which switches the session to it. */
    public static Button language(Component frame, Locale shown) {
        boolean english = Translations.ENGLISH.getLanguage().equals(shown.getLanguage());
        Button language = new Button(english ? "Русский" : "English", e -> frame.getUI().ifPresent(ui ->
                UiSetup.switchLocale(ui, english ? Translations.RUSSIAN : Locale.ENGLISH)));
        language.setId("switch-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return language;
    }

    /** A tertiary «Выйти» button. */
    public static Button logout(Component frame, Event<SignOutRequested> signOut) {
        Button logout = new Button(frame.getTranslation("layout.logout"),
                e -> frame.getUI().ifPresent(ui -> signOut(ui, signOut)));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    private static void signOut(UI ui, Event<SignOutRequested> signOut) {
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
