package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;

/**
 * The calm line that tells the taker what happened to their answers: saved at what time, being saved, or not
 * saved (then with a button to try again, so that no typed answer is lost without the taker knowing). The button
 * is built at the first failure: most sessions never need it, and every session on exam day is on this page.
 */
class TakingSaveStatus extends Div {

    private final Span text = new Span();
    private final Runnable onRetry;
    private Button retry;

    TakingSaveStatus(Runnable onRetry) {
        addClassName("taking-save");
        text.setId("save-status");
        text.addClassName("taking-save-status");
        text.getElement().setAttribute("role", "status");
        text.getElement().setAttribute("aria-live", "polite");
        this.onRetry = onRetry;
        add(text);
        show("idle", getTranslation("assessment.save.auto"), false);
    }

    void saving() {
        show("saving", getTranslation("assessment.save.saving"), false);
    }

    void saved(Instant at) {
        show("saved", getTranslation("assessment.save.saved", TakingFormat.time(this, at)), false);
    }

    /** Not saved for a reason that may pass (the server or the network): the taker can try again. */
    void failed() {
        show("failed", getTranslation("assessment.save.failed"), true);
    }

    /** Refused for good (e.g. a text too long): trying again would not help. */
    void refused(String message) {
        show("failed", message, false);
    }

    void notice(String message) {
        show("notice", message, false);
    }

    private void show(String state, String message, boolean canRetry) {
        text.setText(message);
        getElement().setAttribute("data-state", state);
        if (canRetry && retry == null) {
            retry = new Button(getTranslation("assessment.save.retry"), VaadinIcon.REFRESH.create(),
                    e -> onRetry.run());
            retry.setId("save-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            add(retry);
        }
        if (retry != null) {
            retry.setVisible(canRetry);
        }
    }
}
