package org.munacademy.archfixture.alpha.ui;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Bad: a persistent class in a ui package. */
@Entity
public class BadEntityInView {

    @Id
    private Long id;
}
