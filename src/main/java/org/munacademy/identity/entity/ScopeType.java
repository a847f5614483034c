package org.munacademy.identity.entity;

/**
 * How far a granted role reaches: one municipality (with the settlements inside it), one region, or the whole
 * country.
 */
public enum ScopeType {
    MUNICIPALITY, REGION, NATIONAL
}
