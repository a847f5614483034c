package org.munacademy.archfixture.shared.ui;

import com.vaadin.flow.component.html.Div;
import org.munacademy.archfixture.alpha.boundary.AlphaFacade;

/** Bad: the shared kernel depending on a context. */
public class BadSharedLayout extends Div {

    public BadSharedLayout(AlphaFacade alpha) {
        setText(alpha.toString());
    }
}
