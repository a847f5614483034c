package org.munacademy.identity.entity;

/** What the audit log records. */
public enum AuditAction {
    LOGIN,
    LOGIN_THROTTLED,
    LOGOUT,
    PERSON_READ,
    PERSON_CREATED,
    PERSON_UPDATED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    ACCESS_DENIED
}
