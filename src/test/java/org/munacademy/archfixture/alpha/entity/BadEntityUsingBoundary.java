package org.munacademy.archfixture.alpha.entity;

import org.munacademy.archfixture.alpha.boundary.AlphaFacade;

/** Bad: an entity that needs a boundary. */
public class BadEntityUsingBoundary {

    public String facade(AlphaFacade facade) {
        return facade.toString();
    }
}
