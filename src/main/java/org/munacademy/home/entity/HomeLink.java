package org.munacademy.home.entity;

/**
 * A shortcut from the home page to a view: its label, the route (as in {@code @Route}, e.g.
 * {@code competencies/heatmap}) and a Vaadin icon name ({@code vaadin:clipboard-check}, or null). Shown only when
 * the user may open the route.
 */
public record HomeLink(HomeText label, String route, String icon) {

    public HomeLink {
        if (label == null || route == null) {
            throw new IllegalArgumentException("A shortcut needs a label and a route");
        }
    }
}
