package org.munacademy.archfixture.alpha.ui;

import com.vaadin.flow.component.html.Div;
import org.munacademy.archfixture.alpha.control.AlphaRules;

/** Bad: a view calling control logic instead of the boundary. */
public class BadViewUsingControl extends Div {

    public BadViewUsingControl() {
        setText(String.valueOf(AlphaRules.twice(21)));
    }
}
