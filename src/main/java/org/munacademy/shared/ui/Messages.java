package org.munacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/** Plain messages for users: business failures in the user's language (from the error bundles), success notices. */
public final class Messages {

    private Messages() {
    }

    /** The text of a business failure in the component's (the user's) language, with the failure's arguments. */
    public static String of(Component anyComponent, BusinessException e) {
        return e.text(anyComponent::getTranslation);
    }

    /** Each invalid field of a failure with its text in the component's (the user's) language. */
    public static List<FieldError> fields(Component anyComponent, InvalidInputException e) {
        return e.errors(anyComponent::getTranslation);
    }

    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
