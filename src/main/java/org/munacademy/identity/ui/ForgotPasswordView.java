package org.munacademy.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.munacademy.identity.boundary.PasswordResetFacade;
import org.munacademy.shared.entity.FieldLimits;

/**
 * "Forgot password": the user gives their e-mail address and is told the same whether it is known or not; the
 * holder of a known address gets a link to {@link ResetPasswordView}. Only reachable when mail is configured.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetFacade resets;

    @Inject
    public ForgotPasswordView(PasswordResetFacade resets) {
        this.resets = resets;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("32em");
        getStyle().set("margin", "0 auto");
        EmailField email = new EmailField(getTranslation("forgot.email"));
        email.setId("forgot-email");
        email.setWidthFull();
        email.setMaxLength(FieldLimits.EMAIL);
        Paragraph sent = new Paragraph(getTranslation("forgot.sent"));
        sent.setId("forgot-sent");
        sent.setVisible(false);
        Button submit = new Button(getTranslation("forgot.submit"));
        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            resets.request(email.getValue());
            sent.setVisible(true);
            submit.setEnabled(false);
        });
        add(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, submit,
                sent, new RouterLink(getTranslation("forgot.back"), LoginView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!resets.available()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " — " + getTranslation("app.name");
    }
}
