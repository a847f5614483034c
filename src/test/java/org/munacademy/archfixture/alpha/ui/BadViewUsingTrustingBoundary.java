package org.munacademy.archfixture.alpha.ui;

import com.vaadin.flow.component.html.Div;
import org.munacademy.archfixture.alpha.boundary.AlphaCloser;

/** Bad: a view calling a boundary that trusts its caller. */
public class BadViewUsingTrustingBoundary extends Div {

    public BadViewUsingTrustingBoundary(AlphaCloser closer) {
        closer.close(1);
    }
}
