package org.munacademy.contest.entity;

import java.util.List;
import java.util.Map;

/**
 * One application as its applicant or the administrator sees it: the row, answers, team members with their consent,
 * results per stage, appeals, diplomas and the attachments of its FILE fields (with the names the applicant gave).
 */
public record ApplicationDetail(ApplicationRow row, Map<String, String> answers, List<MemberRow> members,
        List<ResultRow> results, List<AppealRow> appeals, List<DiplomaRow> diplomas,
        List<AttachmentRow> attachments) {

    public ApplicationDetail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An application without attachments. */
    public ApplicationDetail(ApplicationRow row, Map<String, String> answers, List<MemberRow> members,
            List<ResultRow> results, List<AppealRow> appeals, List<DiplomaRow> diplomas) {
        this(row, answers, members, results, appeals, diplomas, List.of());
    }
}
