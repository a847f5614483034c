package org.munacademy.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
import java.util.Locale;
import org.munacademy.identity.boundary.LoginGuard;
import org.munacademy.identity.boundary.PasswordResetFacade;
import org.munacademy.shared.ui.Translations;
import org.munacademy.shared.ui.UiSetup;

/**
 * Sign-in. The same message for an unknown user and a wrong password; after repeated failures the user name is
 * locked for a while and the form says how long. "Forgot password" leads to {@link ForgotPasswordView} when mail
 * is configured, and is not shown otherwise.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final SecurityContext securityContext;
    private final LoginGuard guard;

    @Inject
    public LoginView(SecurityContext securityContext, LoginGuard guard, PasswordResetFacade resets) {
        this.securityContext = securityContext;
        this.guard = guard;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("login-view");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.TextColor.PRIMARY);
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER);

        form.setI18n(i18n(null));
        // "Forgot password" only where the link can actually reach the user by mail
        form.setForgotPasswordButtonVisible(resets.available());
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));

        boolean english = Translations.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        com.vaadin.flow.component.button.Button language = new com.vaadin.flow.component.button.Button(
                english ? "Русский" : "English",
                e -> UiSetup.switchLocale(getUI().orElseThrow(), english ? Translations.RUSSIAN : Locale.ENGLISH));
        language.setId("switch-language");
        language.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);

        add(title, tagline, new Div(form), language);
    }

    private void login(String username, String password) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        AuthenticationStatus status = securityContext.authenticate(request.getHttpServletRequest(),
                response.getHttpServletResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            // the page loads again as a new UI; this one is closed now instead of lingering in the session until
            // three heartbeats are missed (15 minutes), which made it the largest part of a signed-in session
            getUI().ifPresent(ui -> {
                ui.getPage().setLocation("/");
                ui.close();
            });
            return;
        }
        Duration lock = guard.remainingLock(org.munacademy.identity.entity.UserName.normalise(username),
                request.getRemoteAddr());
        form.setI18n(i18n(lock.isZero() ? null : lock));
        form.setError(true);
    }

    private LoginI18n i18n(Duration lock) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("forgot.link"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (lock == null) {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        } else {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message", Math.max(1, lock.toSeconds())));
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (VaadinServletRequest.getCurrent() != null && VaadinServletRequest.getCurrent().getUserPrincipal() != null) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.name");
    }
}
