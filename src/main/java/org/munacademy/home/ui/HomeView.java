package org.munacademy.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.shared.ui.MainLayout;

/**
 * The start page: the tiles and shortcuts every context contributes for the signed-in user's roles (see
 * {@link HomeContribution}), in the contexts' order. The page itself knows no context.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Menu(order = 0, title = "home.menu", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = Logger.getLogger(HomeView.class.getName());

    @Inject
    public HomeView(Instance<HomeContribution> contributions) {
        setId("home");
        List<HomeContribution> ordered = new ArrayList<>();
        contributions.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(HomeContribution::order)
                .thenComparing(c -> c.getClass().getName()));

        FlexLayout tiles = new FlexLayout();
        tiles.setId("home-tiles");
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.setWidthFull();
        tiles.addClassNames(LumoUtility.Gap.MEDIUM);
        Map<String, HomeLink> shortcuts = new LinkedHashMap<>();
        for (HomeContribution contribution : ordered) {
            try {
                contribution.tiles().forEach(t -> tiles.add(tile(t)));
                contribution.shortcuts().stream().filter(this::mayOpen)
                        .forEach(link -> shortcuts.putIfAbsent(link.route(), link));
            } catch (RuntimeException e) {
                // one context's failure costs its tiles, not the page
                LOG.log(Level.WARNING, "Home contribution " + contribution.getClass().getName() + " failed", e);
            }
        }
        if (!shortcuts.isEmpty()) {
            FlexLayout bar = new FlexLayout();
            bar.setId("home-shortcuts");
            bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            bar.addClassNames(LumoUtility.Gap.SMALL);
            shortcuts.values().forEach(link -> bar.add(shortcut(link)));
            add(bar);
        }
        add(tiles);
    }

    private boolean mayOpen(HomeLink link) {
        return RouteConfiguration.forSessionScope().getRoute(link.route())
                .map(target -> new AccessAnnotationChecker().hasAccess(target)).orElse(false);
    }

    private Component shortcut(HomeLink link) {
        Anchor a = anchor(link.route(), text(link.label()));
        a.setId("shortcut-" + link.route().replace('/', '-'));
        if (link.icon() != null) {
            Icon icon = new Icon(link.icon());
            icon.addClassNames(LumoUtility.IconSize.SMALL);
            a.addComponentAsFirst(icon);
        }
        a.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        return a;
    }

    private Component tile(HomeTile tile) {
        Div card = new Div();
        card.setId(tile.id());
        card.addClassNames("home-tile", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.Padding.LARGE, LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.CONTRAST_5);
        card.getStyle().set("flex", "1 1 20rem").set("max-width", "40rem");
        H3 title = new H3(text(tile.title()));
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        card.add(title);
        if (tile.figure() != null) {
            Span figure = new Span(tile.figure());
            figure.addClassNames("figure-value", LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD,
                    tone(tile.tone(), LumoUtility.TextColor.PRIMARY));
            card.add(figure);
        }
        if (tile.caption() != null) {
            Span caption = new Span(text(tile.caption()));
            caption.addClassNames("home-caption", LumoUtility.TextColor.SECONDARY);
            card.add(caption);
        }
        if (!tile.lines().isEmpty()) {
            Div lines = new Div();
            lines.addClassNames("home-lines", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                    LumoUtility.Gap.XSMALL);
            tile.lines().forEach(line -> lines.add(line(line)));
            card.add(lines);
        } else if (tile.empty() != null) {
            Span empty = new Span(text(tile.empty()));
            empty.addClassNames("home-empty", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(empty);
        }
        if (tile.more() != null && mayOpen(tile.more())) {
            Anchor more = anchor(tile.more().route(), text(tile.more().label()));
            more.addClassNames("home-more", LumoUtility.FontSize.SMALL);
            card.add(more);
        }
        return card;
    }

    private Component line(HomeLine line) {
        Component label = line.route() == null ? new Span(text(line.label()))
                : anchor(line.route(), text(line.label()));
        Div row = new Div(label);
        row.addClassNames("home-line", LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.Gap.MEDIUM, LumoUtility.FontSize.SMALL);
        if (line.value() != null) {
            Span value = new Span(text(line.value()));
            value.addClassNames(LumoUtility.Whitespace.NOWRAP, tone(line.tone(), LumoUtility.TextColor.SECONDARY));
            row.add(value);
        }
        return row;
    }

    private static Anchor anchor(String route, String text) {
        Anchor a = new Anchor(route, text);
        a.getElement().setAttribute("router-link", true); // navigate inside the app, no page reload
        return a;
    }

    private static String tone(HomeTone tone, String normal) {
        return switch (tone) {
            case NORMAL -> normal;
            case GOOD -> LumoUtility.TextColor.SUCCESS;
            case WARNING -> LumoUtility.TextColor.WARNING;
            case ALERT -> LumoUtility.TextColor.ERROR;
        };
    }

    /** Translates a text; an argument that is itself a text (an action's name, a role) is translated first. */
    private String text(HomeText text) {
        if (text.isPlain()) {
            return String.valueOf(text.args().get(0));
        }
        Object[] args = text.args().stream().map(a -> a instanceof HomeText t ? text(t) : a).toArray();
        return getTranslation(text.key(), args);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
