package org.munacademy.archfixture.beta.boundary;

import org.munacademy.archfixture.alpha.boundary.AlphaFacade;

/** Beta's facade, calling alpha's back (the other half of the cycle). */
public class BetaFacade {

    public int answer(AlphaFacade alpha) {
        return alpha.hashCode();
    }
}
