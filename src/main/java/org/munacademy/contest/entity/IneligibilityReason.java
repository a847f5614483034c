package org.munacademy.contest.entity;

/** Why a candidate may not apply to a nomination; the arguments of each are listed with it. */
public enum IneligibilityReason {
    /** Younger than the minimum age: {age, minAge}. */
    AGE_BELOW_MIN,
    /** Older than the maximum age: {age, maxAge}. */
    AGE_ABOVE_MAX,
    /** The rules limit the age, but the birth date is not known: {}. */
    BIRTH_DATE_MISSING,
    /** Less experience than required: {experienceYears, minExperienceYears}. */
    EXPERIENCE_BELOW_MIN,
    /** The rules require experience, but it is not known: {}. */
    EXPERIENCE_MISSING,
    /** The candidate's position group is not admitted: {positionGroupCode}. */
    POSITION_GROUP_NOT_ADMITTED,
    /** The rules admit certain position groups, but the candidate's is not known: {}. */
    POSITION_GROUP_MISSING,
    /** The candidate's region is not admitted: {regionId}. */
    REGION_NOT_ADMITTED,
    /** The rules admit certain regions, but the candidate's is not known: {}. */
    REGION_MISSING
}
