package org.munacademy.contest.entity;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.munacademy.shared.entity.FieldLimits;

/** A juror's scores (criterion code → score), remark, and whether to submit (which locks the sheet). */
public record SheetData(long version, Map<String, Integer> scores,
        @Size(max = FieldLimits.CONTEST_NOTE) String remark, boolean submit) {
}
