package org.munacademy.organisation.entity;

/** Kind of a subject of the Russian Federation (субъект РФ), as in Article 65 of the Constitution. */
public enum RegionType {
    REPUBLIC, KRAI, OBLAST, FEDERAL_CITY, AUTONOMOUS_OBLAST, AUTONOMOUS_OKRUG
}
