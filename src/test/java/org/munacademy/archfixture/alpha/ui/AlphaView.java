package org.munacademy.archfixture.alpha.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Alpha's view, as it should be. */
@Route("archfixture-alpha")
@PermitAll
public class AlphaView extends Div {
}
