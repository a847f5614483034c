package org.munacademy.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** Application shell: the theme (top-level {@code themes/academy}) and page-wide settings. */
@Theme("academy")
public class AppShell implements AppShellConfigurator {
}
