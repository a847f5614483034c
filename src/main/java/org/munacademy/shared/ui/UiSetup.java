package org.munacademy.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.LanguageChosen;

/**
 * UI-wide settings: every UI starts in the language the user chose (Russian unless they switched), and one
 * global error handler logs the details and shows the user a plain message.
 */
@ApplicationScoped
public class UiSetup {

    static final String LOCALE_ATTRIBUTE = "academy.locale";
    private static final Logger LOG = Logger.getLogger(UiSetup.class.getName());

    /**
     * Vaadin's menu asks the instantiator for its access control; under CDI an interface cannot be instantiated,
     * so the default implementation (menu entries filtered by the views' security annotations) is produced here.
     */
    @Produces
    MenuAccessControl menuAccessControl() {
        return new DefaultMenuAccessControl();
    }

    void serviceInit(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiSetup::handle));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(locale(e.getUI().getSession())));
    }

    /** The language chosen in this session, Russian by default. */
    public static Locale locale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale l ? l : Translations.RUSSIAN;
    }

    /**
     * Switches the language of the session and reloads the page in it; a signed-in user's choice is remembered for
     * their mail ({@link LanguageChosen}).
     */
    public static void switchLocale(UI ui, Locale locale) {
        ui.getSession().setAttribute(LOCALE_ATTRIBUTE, locale);
        java.security.Principal principal = com.vaadin.flow.server.VaadinServletRequest.getCurrent() == null ? null
                : com.vaadin.flow.server.VaadinServletRequest.getCurrent().getUserPrincipal();
        if (principal != null) {
            jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getEvent().select(LanguageChosen.class)
                    .fire(new LanguageChosen(principal.getName(), locale));
        }
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    static void handle(ErrorEvent event) {
        Throwable t = event.getThrowable();
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
        BusinessException business = businessCause(t);
        String message;
        if (business != null) {
            LOG.log(Level.INFO, "Refused: " + business.getMessage());
            if (business instanceof org.munacademy.shared.entity.AccessDeniedException) { // audited as ACCESS_DENIED
                jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getEvent().fire(
                        new org.munacademy.shared.entity.AccessRefused(business.text(ErrorTexts.IN_ENGLISH),
                                ui == null ? "ui" : "ui /" + ui.getInternals().getActiveViewLocation().getPath()));
            }
            message = business.text(ui == null ? ErrorTexts.IN_ENGLISH : ui::getTranslation);
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected UI failure, incident " + incident, t);
            message = ui == null ? "Error " + incident : ui.getTranslation("error.unexpected", incident);
        }
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static BusinessException businessCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }
}
