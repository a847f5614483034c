package org.munacademy.archfixture.alpha.control;

import org.munacademy.archfixture.alpha.boundary.AlphaFacade;

/** Bad: control logic calling its boundary. */
public class BadControlUsingBoundary {

    public String facade(AlphaFacade facade) {
        return facade.toString();
    }
}
