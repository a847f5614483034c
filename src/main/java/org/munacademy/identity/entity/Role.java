package org.munacademy.identity.entity;

/** What a user does on the platform. Each role is granted with a scope (see {@link ScopeType}). */
public enum Role {
    /** Employee (learner, candidate): own profile, courses, assessments, applications. */
    EMPLOYEE,
    /** HR officer (кадровая служба) of a municipality or region: people and reserve in scope. */
    HR_OFFICER,
    /** Methodologist: standards, courses, question banks. */
    METHODOLOGIST,
    /** Juror: scores assigned contest applications. */
    JUROR,
    /** Contest administrator: seasons, stages, jury, results. */
    CONTEST_ADMIN,
    /**
     * Member of a reserve commission (комиссия по формированию кадрового резерва): reads the reserve in scope, like
     * HR, and decides (protocols) only for the reserves whose commission lists them.
     */
    COMMISSION_MEMBER,
    /** Administrator: accounts, roles, reference data, audit log. */
    ADMIN;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String HR_OFFICER_NAME = "HR_OFFICER";
    public static final String METHODOLOGIST_NAME = "METHODOLOGIST";
    public static final String JUROR_NAME = "JUROR";
    public static final String CONTEST_ADMIN_NAME = "CONTEST_ADMIN";
    public static final String COMMISSION_MEMBER_NAME = "COMMISSION_MEMBER";
    public static final String ADMIN_NAME = "ADMIN";
}
