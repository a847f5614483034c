package org.munacademy.learning.entity;

import java.util.ArrayList;
import java.util.List;

/** HR's bulk enrolment over REST: the ids of the persons to enrol ({@code {"personIds":[…]}}). */
public class EnrolRequest {

    private List<Long> personIds = new ArrayList<>();

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds;
    }
}
