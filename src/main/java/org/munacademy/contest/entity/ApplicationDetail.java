package org.munacademy.contest.entity;

import java.util.List;
import java.util.Map;

/**
 * One application as its applicant or the administrator sees it: the row, answers, team members with their consent,
 * results per stage, appeals and diplomas.
 */
public record ApplicationDetail(ApplicationRow row, Map<String, String> answers, List<MemberRow> members,
        List<ResultRow> results, List<AppealRow> appeals, List<DiplomaRow> diplomas) {
}
