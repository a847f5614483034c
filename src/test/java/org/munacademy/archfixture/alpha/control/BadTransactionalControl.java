package org.munacademy.archfixture.alpha.control;

import jakarta.transaction.Transactional;

/** Bad: a transaction opened outside a boundary, on the class and on a method. */
@Transactional
public class BadTransactionalControl {

    @Transactional
    public void run() {
    }
}
