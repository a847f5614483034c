package org.munacademy.archfixture.alpha.boundary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Bad: a route outside a ui package. */
@Route("archfixture-bad-route-in-boundary")
@PermitAll
public class BadRouteInBoundary extends Div {
}
