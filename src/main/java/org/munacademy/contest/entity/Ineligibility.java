package org.munacademy.contest.entity;

import java.util.List;

/** One reason why a candidate may not apply, with its arguments as text for the message (see the reason). */
public record Ineligibility(IneligibilityReason reason, List<String> args) {

    public Ineligibility {
        args = List.copyOf(args);
    }
}
