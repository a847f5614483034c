package org.munacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The confirmations editors ask before something cannot be taken back (discarding edits, archiving, retiring,
 * publishing), one look for every context.
 */
public final class Confirmations {

    private Confirmations() {
    }

    /** Closes an editor at once when nothing changed, otherwise after the user confirms discarding the edits. */
    public static void closeOrDiscard(Component editor, boolean dirty, String id, Runnable close) {
        if (!dirty) {
            close.run();
            return;
        }
        danger(id, editor.getTranslation("admin.discard.title"), editor.getTranslation("admin.discard.text"),
                editor.getTranslation("admin.discard.ok"), editor.getTranslation("common.cancel"), close);
    }

    /** Opens a confirmation with a green confirm button (a step forward: publishing); {@code action} on confirm. */
    public static void affirm(String id, String title, String text, String confirmText, String cancelText,
            Runnable action) {
        open(id, title, text, confirmText, cancelText, "primary success", action);
    }

    /** Opens a confirmation with a red confirm button and a cancel button; {@code action} runs on confirm. */
    public static void danger(String id, String title, String text, String confirmText, String cancelText,
            Runnable action) {
        open(id, title, text, confirmText, cancelText, "error primary", action);
    }

    private static void open(String id, String title, String text, String confirmText, String cancelText,
            String theme, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(title, text, confirmText, e -> action.run());
        confirm.setCancelable(true);
        confirm.setCancelText(cancelText);
        confirm.setConfirmButtonTheme(theme);
        confirm.setId(id);
        confirm.open();
    }
}
