package org.munacademy.reserve.entity;

/**
 * The mentor of a plan (a person of HR's scope; null: none), as HR sets it when generating or later; {@code version}
 * is the plan's version read (not needed when generating).
 */
public class PlanMentorData {

    private Long mentorPersonId;

    private Long version;

    public PlanMentorData() {
    }

    public PlanMentorData(Long mentorPersonId, Long version) {
        this.mentorPersonId = mentorPersonId;
        this.version = version;
    }

    public Long getMentorPersonId() {
        return mentorPersonId;
    }

    public void setMentorPersonId(Long mentorPersonId) {
        this.mentorPersonId = mentorPersonId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
