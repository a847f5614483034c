package org.munacademy.reserve.entity;

/**
 * What a shortlist is asked for: a position code or a position group code (one of them; a position implies its
 * group), a place (a municipality id or a region id, at most one; none means the caller's whole scope, national for
 * an administrator), whether everyone employed there is a candidate or only the reserve, and how many rows.
 */
public record ShortlistQuery(String positionCode, String groupCode, Long municipalityId, Long regionId,
        boolean everyone, int limit) {

    /** Rows shown when the asker names no number. */
    public static final int DEFAULT_LIMIT = 50;

    /** The most rows one shortlist shows. */
    public static final int MAX_LIMIT = 500;
}
