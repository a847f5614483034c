package org.munacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.munacademy.shared.entity.BusinessException;

/** Plain messages for users: business failures by their stable code, success notices. */
public final class Messages {

    private Messages() {
    }

    /** The user's-language text for a business failure ({@code error.<CODE>}), else its own message. */
    public static String of(Component anyComponent, BusinessException e) {
        String text = anyComponent.getTranslation("error." + e.code());
        return text.startsWith("!") ? e.getMessage() : text;
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
