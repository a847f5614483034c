package org.munacademy.organisation.entity;

/** Kind of municipal formation (вид муниципального образования), Federal Law 131-ФЗ, Article 2. */
public enum MunicipalityType {
    /** городской округ */
    URBAN_OKRUG,
    /** муниципальный округ */
    MUNICIPAL_OKRUG,
    /** муниципальный район */
    MUNICIPAL_DISTRICT,
    /** городское поселение (inside a municipal district) */
    URBAN_SETTLEMENT,
    /** сельское поселение (inside a municipal district) */
    RURAL_SETTLEMENT,
    /** внутригородская территория города федерального значения */
    INTRACITY_TERRITORY;

    /** Settlements are the only formations that lie inside another municipality. */
    public boolean isSettlement() {
        return this == URBAN_SETTLEMENT || this == RURAL_SETTLEMENT;
    }
}
