package org.munacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.munacademy.shared.boundary.NotificationsFacade;

/**
 * The frame of every signed-in page: a drawer with the views the user's roles allow (views declare themselves
 * with {@code @Menu}, titles are translation keys), the page title (views implement {@link HasDynamicTitle} with
 * a translated title), the notification bell, the user, a language switch and sign-out.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final Event<SignOutRequested> signOut;
    private final NotificationBell bell;

    @Inject
    public MainLayout(Event<SignOutRequested> signOut, NotificationsFacade notifications) {
        this.signOut = signOut;
        this.bell = new NotificationBell(notifications);
        setPrimarySection(Section.DRAWER);
        addHeader();
        addDrawer();
    }

    private void addHeader() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span user = FrameControls.user();
        user.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Button language = FrameControls.language(this, getLocale());
        Button logout = FrameControls.logout(this, signOut);
        logout.setIcon(new Icon(VaadinIcon.SIGN_OUT));

        HorizontalLayout right = new HorizontalLayout(bell, user, language, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Margin.End.MEDIUM);
        HorizontalLayout bar = new HorizontalLayout(toggle, viewTitle, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(true, bar);
    }

    private void addDrawer() {
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Header header = new Header(appName);
        header.addClassNames(LumoUtility.Padding.MEDIUM);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() != null && !checker.hasAccess(entry.menuClass())) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        Footer footer = new Footer(new Span(getTranslation("app.tagline")));
        footer.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        addToDrawer(header, new Scroller(nav), footer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        bell.refresh();
    }
}
