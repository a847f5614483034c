package org.munacademy.archfixture.alpha.ui;

import org.munacademy.shared.boundary.TrustsItsCaller;

/** Bad: only a boundary may be one that trusts its caller. */
@TrustsItsCaller("nobody")
public class BadTrustingView {
}
