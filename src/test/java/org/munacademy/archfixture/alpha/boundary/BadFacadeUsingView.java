package org.munacademy.archfixture.alpha.boundary;

import org.munacademy.archfixture.alpha.ui.AlphaView;

/** Bad: a boundary that needs a view. */
public class BadFacadeUsingView {

    public String title(AlphaView view) {
        return view.toString();
    }
}
