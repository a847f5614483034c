package org.munacademy.contest.entity;

/** Why a juror may not score an application. The first four are found automatically; the last two are declared. */
public enum ConflictKind {
    SAME_MUNICIPALITY(true), SUPERIOR(true), SUBORDINATE(true), SAME_TEAM(true), RELATIVE(false), OTHER(false);

    private final boolean automatic;

    ConflictKind(boolean automatic) {
        this.automatic = automatic;
    }

    /** Found from organisation data (true) or declared in writing by the juror and confirmed (false). */
    public boolean automatic() {
        return automatic;
    }
}
