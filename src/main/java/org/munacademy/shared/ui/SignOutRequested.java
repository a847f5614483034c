package org.munacademy.shared.ui;

/** Fired by the main layout when the user signs out, before the session ends (identity audits it). */
public record SignOutRequested(String username) {
}
