package org.munacademy.assessment.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.munacademy.shared.ui.FrameControls;
import org.munacademy.shared.ui.SignOutRequested;

/**
 * The frame of the taking page: a single bar with the academy's name, the way back to «Мои тесты», the user, the
 * language switch and sign-out, and no drawer. A taker sees only the test, as in an exam room; and the frame is
 * a dozen state nodes against the main layout's seventy (the drawer's menu, the bell), which is most of what a
 * session holds on exam day (docs/capacity.md). The other signed-in pages keep the main layout.
 */
public class TakingLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    @Inject
    public TakingLayout(Event<SignOutRequested> signOut) {
        addClassName("taking-frame");
        Span app = new Span(getTranslation("app.name"));
        app.addClassName("taking-frame-app");
        RouterLink back = new RouterLink(getTranslation("assessment.my.menu"), MyTestsView.class);
        back.setId("taking-frame-back");

        Span user = FrameControls.user();
        user.addClassName("taking-frame-user");
        Button language = FrameControls.language(this, getLocale());
        language.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button logout = FrameControls.logout(this, signOut);
        logout.addThemeVariants(ButtonVariant.LUMO_SMALL);

        Header bar = new Header(app, back, user, language, logout);
        bar.addClassName("taking-frame-bar");
        content.addClassName("taking-frame-content");
        add(bar, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
