package org.munacademy.archfixture.alpha.boundary;

import org.munacademy.archfixture.beta.boundary.BetaFacade;

/** Alpha's facade; it calls beta's, and beta's calls it back: a cycle between contexts. */
public class AlphaFacade {

    public int ask(BetaFacade beta) {
        return beta.answer(this) + 1;
    }
}
