/**
 * Contest: «Муниципальный лидер» — seasons with nominations and stages (documents check, distance test, jury
 * evaluation, final; regional stages feeding the federal one), applications with a questionnaire, consents and
 * automatic eligibility checks, a jury per nomination, stage and region with conflicts of interest (automatic and
 * declared), assignment of k jurors per application with even loads, blind scoring against weighted rubric criteria
 * with anchored levels, aggregation by the method chosen before scoring opens with a sensitivity panel and agreement
 * statistics, appeals, published results, diplomas with verification, and winners into the personnel reserve.
 * <p>
 * Decisions:
 * <ul>
 * <li><b>Aggregation is pure.</b> Every method (weighted mean, trimmed mean, per-juror z-scores, Borda, Schulze),
 * the agreement statistics and the sensitivity panel are classes in {@code control} that take a score table and
 * return a ranking; the boundary only loads the table and stores the result.</li>
 * <li><b>A conflicted juror never sees the application.</b> Assignment excludes every conflict, automatic or
 * declared; a juror's reads go only through their assignments.</li>
 * <li><b>Attachments are the questionnaire's FILE fields.</b> The file store keeps the bytes and finds their type;
 * {@code ContestAttachments} decides who stores and reads them (the applicant, the administrator in scope, assigned
 * jurors — blind: no file name, no photo), and no {@code FileAccess} opens them to the shared file endpoint.</li>
 * <li><b>Other contexts by id, through their boundaries.</b> Persons, municipalities, regions, tests and reserves are
 * ids; winners enter the reserve through reserve's system-only intake.</li>
 * </ul>
 */
package org.munacademy.contest;
