package org.munacademy.archfixture.beta.ui;

import com.vaadin.flow.component.html.Div;
import org.munacademy.archfixture.alpha.ui.AlphaView;

/** Bad: one context's view using another's. */
public class BadViewUsingOtherView extends Div {

    public BadViewUsingOtherView() {
        add(new AlphaView());
    }
}
