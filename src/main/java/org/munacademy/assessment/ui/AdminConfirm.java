package org.munacademy.assessment.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The confirmation the admin editors ask before something cannot be taken back (discarding edits, archiving). */
final class AdminConfirm {

    private AdminConfirm() {
    }

    /** Opens a confirmation with a red confirm button and a cancel button; {@code action} runs on confirm. */
    static void danger(String id, String title, String text, String confirmText, String cancelText, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(title, text, confirmText, e -> action.run());
        confirm.setCancelable(true);
        confirm.setCancelText(cancelText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId(id);
        confirm.open();
    }
}
