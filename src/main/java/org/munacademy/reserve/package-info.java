/**
 * Reserve: the municipal personnel reserve (кадровый резерв) with career lifts (кадровые лифты). Reserves of a
 * municipality or body, of a region and of the country, each with its commission and rules (term, extensions, refusals
 * allowed); entries nominated by HR or a head and decided by the commission as a protocol; readiness computed from the
 * person's competency evidence against the target's required profile (never typed in); individual development plans
 * generated from the gaps and tracked from learning and assessment; offers, refusals and appointments (career lifts,
 * and appointments without an entry so that the share filled from the reserve is honest); vacancy shortlists;
 * analytics.
 * <p>
 * Decisions:
 * <ul>
 * <li><b>The entry is the aggregate.</b> Its status changes only through {@code ReserveEntry}'s methods, each of which
 * appends an {@code EntryEvent} with the next per-entry sequence number: the history is ordered by that number, never
 * by time (MySQL Connector/J drops fractional seconds against MariaDB).</li>
 * <li><b>Other contexts by id, through their boundaries.</b> Persons, positions, groups, municipalities and regions are
 * ids; no foreign key reaches another context's table. Current levels and required profiles come from competency's
 * boundary, programmes and enrolments from learning's, tests and results from assessment's.</li>
 * <li><b>Readiness is kept current, not only recorded.</b> Computed at nomination and inclusion, after new evidence,
 * and every day by the reserve's job for open entries computed on an earlier day (evidence ages), in batches claimed
 * by the entries' optimistic versions (ADR 10).</li>
 * </ul>
 */
package org.munacademy.reserve;
