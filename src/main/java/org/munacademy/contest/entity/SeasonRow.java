package org.munacademy.contest.entity;

import java.time.LocalDate;
import java.util.List;

/** A season as everyone signed in sees it: its dates, status and nominations with their stages. */
public record SeasonRow(String code, String title, int year, SeasonStatus status, LocalDate applicationsFrom,
        LocalDate applicationsUntil, List<NominationRow> nominations, long version) {
}
