package org.munacademy.archfixture.beta.boundary;

import org.munacademy.archfixture.alpha.control.AlphaRules;

/** Bad: a boundary reaching into another context's control logic. */
public class BadFacadeUsingOtherControl {

    public int four() {
        return AlphaRules.twice(2);
    }
}
