package org.munacademy.learning.ui;

import com.vaadin.flow.component.Html;

/**
 * Text rendered from Markdown in a view: only HTML the learning boundary has already cleaned ({@code descriptionHtml},
 * {@code bodyHtml}) — never raw input — wrapped in one {@code <div>}, as an {@link Html} component needs a single
 * root element.
 */
final class SafeHtml {

    private SafeHtml() {
    }

    static Html of(String sanitisedHtml, String id) {
        Html html = new Html("<div class=\"learning-markdown\">" + (sanitisedHtml == null ? "" : sanitisedHtml)
                + "</div>");
        html.setId(id);
        return html;
    }
}
