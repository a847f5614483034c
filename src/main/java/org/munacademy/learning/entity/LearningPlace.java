package org.munacademy.learning.entity;

import org.munacademy.shared.entity.Place;

/**
 * The places of the learning context that errors name: the parts of a SCORM package. Texts:
 * {@code i18n/errors-learning_*.properties}, keys {@code error.learning.at.*}.
 */
public enum LearningPlace implements Place {
    /** The SCORM package (the zip) as a whole. */
    PACKAGE("package"),
    /** The package's manifest. */
    MANIFEST("imsmanifest.xml"),
    /** A file of the package: argument its path in the zip. */
    ENTRY("entry");

    private final String word;

    LearningPlace(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String context() {
        return "learning";
    }
}
