/**
 * Competency: the spine the platform measures against. Versioned standards (draft → published → retired) with a
 * proficiency scale, areas, competencies and behavioural indicators per level; required profiles per position
 * group (overridable per position) as a level range and a weight; the evidence store that assessments, courses,
 * the contest jury, managers and self-assessments write to; current levels and gaps.
 * <p>
 * Decisions:
 * <ul>
 * <li>A version's content travels as the {@code Framework} record: the CSV and CASE readers and writers, the
 * editor and the comparison all work on it; storage is just one more reader and writer. A draft is saved whole
 * (replace, with the version read for optimistic locking); published versions are immutable.</li>
 * <li>Evidence refers to competencies by standard and competency code, stable across versions, so a new edition
 * keeps everybody's evidence. Competencies carry CASE identifiers; a new edition's competency remembers the one
 * it replaces (CASE {@code replacedBy}).</li>
 * <li>The current level is derived when asked, by a configurable rule ({@code LevelRules}), never stored: a rule
 * change applies at once and nothing goes stale in the database.</li>
 * <li>Evidence cannot be inflated. Who may write a source is the source's own rule ({@code EvidenceSource}):
 * assessment, course and contest evidence only the system writes, through {@code SystemEvidence}, a boundary bean
 * that trusts its caller and so is reachable from other contexts' boundaries only, never from a view or a REST
 * resource ({@code ArchitectureTest}); people record a manager's rating about somebody else or a
 * self-assessment about themselves through {@code EvidenceFacade.record} (audited). A self-assessment is shown
 * beside the level but never counts as it ({@code LevelRules}), so it never meets a requirement.</li>
 * <li>Scope comes from identity: reading somebody's levels or gaps reads their card (audited; refused outside the
 * scope); the heat-map lists the people of the officer's scope through the identity boundary.</li>
 * <li>CASE 1.1 mapping: CFDocument per version, CFItems for areas and competencies, {@code isChildOf} and
 * {@code replacedBy} associations, one CFRubric whose criterion levels carry the scale (quality, score,
 * description) and the indicators (feedback, one per line). The package follows the published 1.1 package
 * schema, which has no CFPackageURI/CFDocumentURI inside a package.</li>
 * <li>Gaps of a whole scope for other contexts ({@code ScopeGapsFacade}): one compact table per scope (profiles and
 * current levels as arrays indexed by competency), the four most recently used kept ({@code ScopeGapTable}) and
 * used only while one "data stamp" statement reads the same (highest evidence id — evidence is only ever added —
 * and counts and version sums of persons, requirements, positions, municipalities, versions). Rebuilding it takes a
 * fixed number of set-based queries, never one per person.</li>
 * </ul>
 */
package org.munacademy.competency;
