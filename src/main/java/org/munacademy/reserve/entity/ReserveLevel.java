package org.munacademy.reserve.entity;

/** Where a reserve belongs: one body or municipality, a region, or the country («Муниципальный лидер», heads). */
public enum ReserveLevel {
    MUNICIPAL, REGIONAL, NATIONAL
}
