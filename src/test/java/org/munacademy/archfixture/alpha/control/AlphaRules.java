package org.munacademy.archfixture.alpha.control;

/** Alpha's pure logic. */
public final class AlphaRules {

    private AlphaRules() {
    }

    public static int twice(int n) {
        return 2 * n;
    }
}
