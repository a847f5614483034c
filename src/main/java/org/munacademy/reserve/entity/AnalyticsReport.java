package org.munacademy.reserve.entity;

import java.util.List;
import java.util.Map;

/**
 * The reserve's analytics within the caller's scope, optionally drilled down to a region or a municipality, with the
 * names of the regions, municipalities and position groups the figures mention (aggregates only: no person data),
 * and the target share of vacancies filled from the reserve the chart draws.
 */
public record AnalyticsReport(ReserveFigures figures, Long regionId, Long municipalityId, Map<Long, String> regions,
        Map<Long, String> municipalities, List<GroupName> groups, double targetShare) {

    /** A position group's names. */
    public record GroupName(long id, String nameRu, String nameEn) {
    }
}
