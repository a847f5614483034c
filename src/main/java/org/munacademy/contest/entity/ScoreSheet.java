package org.munacademy.contest.entity;

import java.util.List;
import java.util.Map;

/**
 * A juror's score sheet for one application: the application's answers (no name, municipality or photo in blind
 * mode), the rubric, the juror's own scores, and other jurors' sheets — only once the juror's own is submitted, and
 * for a live final only once the chair has closed the round. The application's attachments: in blind mode without the
 * names the applicant gave them, and without any photo slot.
 */
public record ScoreSheet(long assignmentId, long version, StageRow stage, String applicationNumber, String applicant,
        String municipality, Map<String, String> answers, Map<String, Integer> scores, String remark,
        boolean submitted, boolean othersVisible, List<OtherSheet> others, List<AttachmentRow> attachments) {

    /** Another juror's submitted sheet (the juror shown as «Член жюри 1, 2…» in blind mode). */
    public record OtherSheet(String juror, Map<String, Integer> scores, double total) {
    }
}
