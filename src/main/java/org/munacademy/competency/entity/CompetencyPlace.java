package org.munacademy.competency.entity;

import org.munacademy.shared.entity.Place;

/**
 * The places of a competency standard that import and draft errors name: the objects of a CASE package (by
 * identifier) and the elements of a framework being saved. CSV lines are the kernel's {@code SharedPlace.LINE}.
 * Texts: {@code i18n/errors-competency_*.properties}, keys {@code error.competency.at.*}.
 */
public enum CompetencyPlace implements Place {
    /** A CASE package as a JSON document (syntax, depth, shape). */
    JSON("JSON"),
    /** The package's CFDocument. */
    CF_DOCUMENT("CFDocument"),
    /** A CFItem: argument its identifier (cut to 40 characters), or "#n" for the n-th one without identifier. */
    CF_ITEM("CFItem"),
    /** A CFAssociation: argument its identifier. */
    CF_ASSOCIATION("CFAssociation"),
    /** A CFAssociation without identifier. */
    CF_ASSOCIATION_UNNAMED("CFAssociation without identifier"),
    /** A CFRubricCriterion: argument its identifier. */
    CF_RUBRIC_CRITERION("CFRubricCriterion"),
    /** A CFRubricCriterion without identifier. */
    CF_RUBRIC_CRITERION_UNNAMED("CFRubricCriterion without identifier"),
    /** A CFRubricCriterionLevel: argument its identifier. */
    CF_RUBRIC_CRITERION_LEVEL("CFRubricCriterionLevel"),
    /** A CFRubricCriterionLevel without identifier. */
    CF_RUBRIC_CRITERION_LEVEL_UNNAMED("CFRubricCriterionLevel without identifier"),
    /** A list property of the package (CFItems, CFAssociations, CFRubrics...): argument its name. */
    PROPERTY(""),
    /** The standard as a whole (its code, title, source). */
    STANDARD("standard"),
    /** The proficiency scale. */
    SCALE("scale"),
    /** A level of the scale: argument its number. */
    LEVEL("level"),
    /** A competency area: argument its code. */
    AREA("area"),
    /** A competency: argument its code. */
    COMPETENCY("competency");

    private final String word;

    CompetencyPlace(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String context() {
        return "competency";
    }
}
