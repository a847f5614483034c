package org.munacademy.reserve.entity;

import java.util.Set;

/**
 * The life cycle of a reserve entry: nominated by HR or a head, included (or not) by the commission's protocol, in
 * development once a plan exists, and closed as appointed (a career lift), excluded on a stated ground, or expired
 * when the term elapsed without an extension. HR may withdraw a nomination the commission has not decided on yet
 * (WITHDRAWN, with the reason); the person may then be nominated again.
 */
public enum EntryStatus {
    NOMINATED, INCLUDED, IN_DEVELOPMENT, NOT_INCLUDED, APPOINTED, EXCLUDED, EXPIRED, WITHDRAWN;

    /** The statuses of a person who is in the reserve now. */
    public static final Set<EntryStatus> IN_RESERVE = Set.of(INCLUDED, IN_DEVELOPMENT);

    /** The statuses that end an entry: nothing changes it afterwards. */
    public static final Set<EntryStatus> CLOSED = Set.of(NOT_INCLUDED, APPOINTED, EXCLUDED, EXPIRED, WITHDRAWN);

    public boolean inReserve() {
        return IN_RESERVE.contains(this);
    }

    public boolean closed() {
        return CLOSED.contains(this);
    }
}
