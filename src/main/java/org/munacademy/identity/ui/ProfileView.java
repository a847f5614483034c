package org.munacademy.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.munacademy.identity.boundary.AccountFacade;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.AccountData;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.TooManyAttemptsException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The signed-in user's own profile: their personal card (read-only; the HR officer keeps it), the roles granted
 * to them with their scopes, and a change of their own password.
 */
@Route(value = "profile", layout = MainLayout.class)
@PermitAll
@Menu(order = 99, title = "profile.menu", icon = "vaadin:user")
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountFacade accounts;
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();

    @Inject
    public ProfileView(PersonFacade persons, AccountFacade accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        setMaxWidth("56em");
        addClassNames(LumoUtility.Padding.MEDIUM);

        Caller caller = currentUser.require();
        add(heading("profile.card"), card(caller, persons.myCard()),
                heading("profile.roles"), roles(caller),
                heading("profile.password"), passwordForm());
    }

    private H3 heading(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return h;
    }

    private Component card(Caller caller, Optional<PersonCard> myCard) {
        FormLayout card = new FormLayout();
        card.setId("profile-card");
        card.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        card.add(shown("profile.username", caller.username()));
        if (myCard.isEmpty()) {
            Paragraph note = new Paragraph(getTranslation("profile.noPerson"));
            note.setId("profile-no-person");
            note.addClassNames(LumoUtility.TextColor.SECONDARY);
            card.add(note);
            card.setColspan(note, 2);
            return card;
        }
        PersonCard p = myCard.get();
        String consent = !p.consentGiven() ? getTranslation("profile.consent.none")
                : p.consentDate() == null ? getTranslation("profile.consent.given")
                : getTranslation("profile.consent.givenOn",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                                .format(p.consentDate()));
        card.add(shown("profile.fullName", p.fullName()), shown("profile.email", p.email()),
                shown("profile.phone", p.phone()), shown("profile.municipality", p.municipalityName()),
                shown("profile.region", p.regionName()), shown("profile.position", p.positionName()),
                shown("profile.snils", p.snils()),
                shown("profile.birthDate", p.birthDate() == null ? null
                        : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(p.birthDate())),
                shown("profile.consent", consent));
        return card;
    }

    private TextField shown(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }

    private Component roles(Caller caller) {
        if (caller.grants().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("profile.roles.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("profile-roles");
        caller.grants().forEach(g -> list.add(new ListItem(AccountsView.grantText(this, g))));
        return list;
    }

    private FormLayout passwordForm() {
        currentPassword.setLabel(getTranslation("profile.currentPassword"));
        currentPassword.setId("profile-current-password");
        newPassword.setLabel(getTranslation("profile.newPassword"));
        newPassword.setId("profile-new-password");
        newPassword.setHelperText(getTranslation("profile.newPassword.hint", AccountData.PASSWORD_MIN));
        repeatPassword.setLabel(getTranslation("profile.repeatPassword"));
        repeatPassword.setId("profile-repeat-password");
        Button change = new Button(getTranslation("profile.changePassword"), e -> changePassword());
        change.setId("profile-change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER).listenOn(repeatPassword);

        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword, change);
        form.setId("profile-password-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24em");
        return form;
    }

    private void changePassword() {
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.setInvalid(false);
        }
        boolean valid = true;
        if (currentPassword.isEmpty()) {
            valid = invalid(currentPassword, getTranslation("profile.error.currentPassword.required"));
        }
        if (newPassword.getValue().length() < AccountData.PASSWORD_MIN) {
            valid = invalid(newPassword, getTranslation("profile.error.newPassword", AccountData.PASSWORD_MIN));
        }
        if (!repeatPassword.getValue().equals(newPassword.getValue())) {
            valid = invalid(repeatPassword, getTranslation("profile.error.repeatPassword"));
        }
        if (!valid) {
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Messages.success(getTranslation("profile.passwordChanged"));
        } catch (TooManyAttemptsException e) {
            invalid(currentPassword, getTranslation("profile.error.throttled", e.retryAfter().toSeconds()));
        } catch (InvalidInputException e) {
            for (FieldError error : Messages.fields(this, e)) {
                switch (String.valueOf(error.field())) {
                    case "currentPassword" -> invalid(currentPassword, error.message());
                    case "newPassword" -> invalid(newPassword, error.message());
                    default -> Messages.error(error.message());
                }
            }
        }
    }

    /** Marks the field wrong with the message; always {@code false}, for chaining into the form's verdict. */
    private static boolean invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
