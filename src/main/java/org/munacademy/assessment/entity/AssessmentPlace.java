package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.Place;

/**
 * The places of the assessment context that errors name: the parts of a QTI package, and the cut scores and
 * blueprint rules of a test (arguments of the test's validation texts). GIFT lines are the kernel's
 * {@code SharedPlace.LINE}. Texts: {@code i18n/errors-assessment_*.properties}, keys {@code error.assessment.at.*}.
 */
public enum AssessmentPlace implements Place {
    /** The QTI package (the zip) as a whole. */
    PACKAGE("package"),
    /** The package's manifest. */
    MANIFEST("imsmanifest.xml"),
    /** A question of a package: argument its path in the zip (or the manifest's reference). */
    ITEM("item"),
    /** The cut scores for every competency without its own. */
    DEFAULT_CUTS("default cuts"),
    /** The cut scores of one competency: argument its code. */
    COMPETENCY_CUTS("cuts"),
    /** A blueprint rule for one level: arguments its number, the competency, the level. */
    RULE("rule"),
    /** A blueprint rule for any level: arguments its number, the competency. */
    RULE_ANY_LEVEL("rule"),
    /**
     * A line of a GIFT file in a question with a title: arguments the line number and the title; the machine form
     * is the line alone ("line 12"), as for {@code SharedPlace.LINE}.
     */
    GIFT_QUESTION("line", 1),
    // moodlexml
    /**
     * A question of a Moodle XML file: arguments its number (category entries not counted) and its name; the machine
     * form is the number alone ("question 3").
     */
    MOODLE_QUESTION("question", 1),
    /** A question of a Moodle XML file without a name: argument its number. */
    MOODLE_QUESTION_UNNAMED("question");

    private final String word;
    private final int identifying;

    AssessmentPlace(String word) {
        this(word, Integer.MAX_VALUE);
    }

    AssessmentPlace(String word, int identifying) {
        this.word = word;
        this.identifying = identifying;
    }

    @Override
    public int identifying() {
        return identifying;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String context() {
        return "assessment";
    }
}
