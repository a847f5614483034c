package org.munacademy.archfixture.alpha.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Bad: a route that does not say who may open it. */
@Route("archfixture-open")
public class BadRouteWithoutSecurity extends Div {
}
