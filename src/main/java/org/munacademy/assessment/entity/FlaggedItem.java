package org.munacademy.assessment.entity;

import java.util.List;

/** A question whose statistics in a published test call for a methodologist's look (see {@link ItemStat#flags}). */
public record FlaggedItem(long testId, String testTitle, long questionId, String questionCode, List<ItemFlag> flags) {

    public FlaggedItem {
        flags = List.copyOf(flags);
    }
}
