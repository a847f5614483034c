/**
 * Assessment: the item bank (versioned questions tagged with competency, level and difficulty; GIFT and QTI
 * import/export), tests built from blueprints, exam-grade taking (server clock, per-answer autosave with sequence
 * numbers, idempotent finish, overdue closing), per-competency results written as evidence into the competency
 * context, and item statistics.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Presented ids carry no information.</b> A taker never sees a canonical option index: options, matching
 * right-hand items and ordering items (true/false too) are presented under a random permutation of ids drawn per
 * attempt and question and kept on the server ({@code AttemptItem.presentation}, "order|ids", see
 * {@code control.Presentation}); the display order is drawn independently. Saves are mapped to canonical indexes
 * before validation and scoring and stored canonical, so scoring, results, review and statistics are unchanged.
 * Matching right-hand items and ordering items are always shuffled for display (an ordering never in its right
 * order), whatever the test's option shuffling; the taking view sends nothing for an untouched matching or
 * ordering question. Rows stored before the ids existed present canonical indexes.</li>
 * <li><b>An import never changes what it does not own.</b> By default ({@code ImportMode.CREATE}) an import only
 * adds questions: an item whose code is already in the bank gets a fresh code ({@code BUD-01-001-2}, reported per
 * item) unless it is identical to that question (then it counts as unchanged), because creating and reporting is
 * friendlier than refusing a whole file. Updating is explicit ({@code ImportMode.UPDATE}, REST {@code mode=update})
 * and can be previewed ({@code dryRun=true}: what would be created, changed field by field, or unchanged; nothing
 * stored); the bank's import panel always shows this preview before the methodologist confirms.</li>
 * <li><b>A question in use is never changed in place.</b> In use means drawn by an attempt, or active and eligible
 * for the blueprint of a published test. An update of such a question adds a revision (as the editor does), so past
 * attempts keep showing what was taken and new attempts take the current revision; its type and competency do not
 * change (the item is refused with a clear error, the whole import with it: all or nothing) — import it as a new
 * question instead. Level, difficulty, wording, options and feedback may change (level and difficulty are question
 * metadata; a past attempt keeps the competency and level it was drawn with).</li>
 * <li><b>Images in questions are file references in plain text.</b> A stem or option shows an image as
 * {@code ![alt](file:<sha256>)} ({@code shared.entity.FileRefs}); the bytes live in the shared file store. Importers
 * turn GIFT {@code [html]} images ({@code data:} URIs, or Moodle files that came with the file) and QTI
 * {@code img}/{@code object} package files into references (jsoup reads the HTML; only text and images are kept, so
 * no markup reaches a taker's page), exporters write the files back. Revisions record the files they show
 * ({@code assessment_revision_media}), so {@code QuestionMedia} can let exactly those who see the question see its
 * images.</li>
 * <li><b>Rich GIFT texts become plain text.</b> {@code [markdown]} is rendered by commonmark-java, {@code [html]}
 * and that HTML are cleaned by jsoup's {@code Cleaner} and laid out as text ({@code control.GiftText}): lines for
 * paragraphs and list items, a link as its text and address, {@code <pre>} verbatim. Keeping HTML in question texts
 * would touch storage, scoring, the diff, every view and QTI; the plain form keeps what a question says.</li>
 * <li><b>One import path for every format.</b> Options travel as one {@code ImportOptions} record; the category map
 * (a file's categories to competencies) and the partial mode (store the valid items, list the rest with their
 * problems, CSV report through {@code shared.control.Csv}) are applied in {@code QuestionBankFacade}'s common store
 * step, so a new format gets both by handing its items to it. All or nothing stays the default.</li>
 * <li><b>Essays wait for a person, then finish like any attempt.</b> An attempt with an answered essay is closed to
 * saves in {@code AWAITING_GRADING} (a status, not a flag: every "finished" query keeps meaning "has a final
 * result"); the grader's marks per rubric criterion give the essay's score (points ÷ maximum), and the last grade
 * finishes the attempt through {@code AttemptCloser.finishGraded}, the same code that writes results, evidence and
 * the notice for automatic attempts. Grades are final with the result: regrading is refused, not half-supported.
 * Graders are methodologists and administrators (no assessor role exists); blind grading hides the taker behind
 * an attempt code.</li>
 * </ul>
 */
package org.munacademy.assessment;
