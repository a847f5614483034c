package org.munacademy.archfixture.alpha.ui;

import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManager;

/** Bad: a view querying the database itself. */
public class BadViewUsingPersistence extends Div {

    public BadViewUsingPersistence(EntityManager em) {
        setText(String.valueOf(em.createQuery("select count(x) from Thing x").getSingleResult()));
    }
}
