package org.munacademy.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.munacademy.identity.boundary.PasswordResetFacade;
import org.munacademy.identity.entity.AccountData;

/**
 * Sets a new password with the single-use link from a "forgot password" mail ({@code reset-password?token=…}), or
 * the first password of an invited account with the link of its invitation ({@code set-password?token=…}, titled
 * «Задайте пароль»; offered with or without a mail server, since without one the operator hands the link over from
 * the server log); an invalid, used or expired link is refused by the boundary (shown by the one UI error handler).
 */
@Route(value = "reset-password", autoLayout = false)
@RouteAlias(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetFacade resets;
    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Paragraph done = new Paragraph();
    private String token;
    private boolean invitation;

    @Inject
    public ResetPasswordView(PasswordResetFacade resets) {
        this.resets = resets;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("32em");
        getStyle().set("margin", "0 auto");
        PasswordField password = new PasswordField(getTranslation("reset.password"));
        password.setId("reset-password");
        password.setMinLength(AccountData.PASSWORD_MIN);
        password.setMaxLength(128);
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("reset.repeat"));
        repeat.setId("reset-repeat");
        repeat.setWidthFull();
        done.setId("reset-done");
        done.setVisible(false);
        Button submit = new Button(getTranslation("reset.submit"));
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("reset.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            if (invitation) {
                resets.setFirstPassword(token, password.getValue());
            } else {
                resets.reset(token, password.getValue());
            }
            done.setVisible(true);
            submit.setEnabled(false);
        });
        title.setId("reset-title");
        intro.setVisible(false);
        add(title, intro, password, repeat, submit, done,
                new RouterLink(getTranslation("forgot.back"), LoginView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        invitation = event.getLocation().getFirstSegment().equals("set-password");
        title.setText(getTranslation(invitation ? "invite.title" : "reset.title"));
        intro.setText(getTranslation("invite.intro"));
        intro.setVisible(invitation);
        done.setText(getTranslation(invitation ? "invite.done" : "reset.done"));
        if (!invitation && !resets.available()) {
            event.forwardTo(LoginView.class);
            return;
        }
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(invitation ? "invite.title" : "reset.title") + " — " + getTranslation("app.name");
    }
}
