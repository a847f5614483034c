package org.munacademy.archfixture.alpha.boundary;

import org.munacademy.shared.boundary.TrustsItsCaller;

/** A boundary that trusts its caller (like closing an attempt). */
@TrustsItsCaller("alpha's other boundaries")
public class AlphaCloser {

    public void close(long id) {
    }
}
