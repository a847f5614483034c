/**
 * Learning: the programmes of additional professional education the association runs with universities and training
 * centres — providers (with ИНН and licence), programmes (повышение квалификации, at least 16 hours, or
 * профессиональная переподготовка, at least 250 hours; form of study; the competencies of the national standard they
 * develop to which levels; prerequisites; the document they end with), their courses of modules and lessons (text in
 * Markdown, files, video links, SCORM packages, module checks that are assessment tests), and the catalogue people
 * choose from. Cohorts and enrolment, progress and completion, SCORM packages and their player, documents and the
 * registry export, and recommendations build on these entities.
 * <p>
 * Decisions:
 * <ul>
 * <li><b>The programme is the aggregate.</b> Modules and lessons change only through {@code Programme}, and every
 * change moves the programme's version: an editor works from a version and a change from an older one is refused
 * (409), whether it touches the terms, a module or a lesson. Lessons and modules keep stable database ids (progress,
 * SCORM runtime data and links will refer to them); programmes and providers keep stable codes (the catalogue's links,
 * the content, cohorts and the per-provider document numbers refer to them).</li>
 * <li><b>Life-cycle rules in the entity.</b> Draft → published → archived, like {@code StandardVersion}. A published
 * programme keeps its terms (kind, hours, provider, competencies: its document and the federal registry state them)
 * and its outline (who enrols will have progress in its lessons); its texts may be corrected. The hours rule and its
 * legal source live in {@code ProgrammeKind}; which content a lesson needs lives in {@code LessonKind}.</li>
 * <li><b>Other contexts by code, through their boundaries.</b> Competencies and levels are checked against the
 * published standard ({@code StandardFacade}); position groups through {@code OrganisationFacade}; module checks by
 * test code through assessment's {@code TestDirectory}; a provider's region is organisation's region id. No foreign key
 * reaches another context's table. A programme page shows the reader's own current levels through
 * {@code EvidenceFacade} (their own data: not audited, as in competency).</li>
 * <li><b>Markdown is rendered, then cleaned.</b> commonmark-java (with GFM tables) renders, jsoup's {@code Cleaner}
 * with a {@code Safelist} decides what reaches a browser ({@code control.Markdown}); views show only that HTML, wrapped
 * in one {@code <div>} of an {@code Html} component. Raw HTML in Markdown is allowed and cleaned rather than escaped,
 * so methodologists may use a {@code <sup>} but never a script, a handler or a {@code javascript:} link.</li>
 * <li><b>Files through the file store.</b> A FILE lesson names a stored file (PDF or image, judged by content, size
 * limited by the store); only a file the editor uploaded or one a lesson already shows may be named, so no file
 * another context keeps private is published by naming its address. {@code LessonFiles} lets whoever may see the
 * programme read it.</li>
 * <li><b>The catalogue costs a constant number of statements.</b> Count, page (with the provider fetched) and the
 * page's competencies in one query; Criteria API with parameters. The dates a cohort starts in are one more
 * {@code exists} predicate in the same statements; a reversed range is refused naming both fields.</li>
 * <li><b>Content is loaded, not synchronised.</b> Providers and programmes missing by code are created from
 * {@code content/learning/}; what exists is left alone, since methodologists may have changed it.</li>
 * <li><b>SCORM 1.2: validated whole, stored by file, served on its own path.</b> A package is refused as a whole
 * with every problem listed ({@code control.ScormPackageReader}: limits counted while inflating, ratio for zip bombs,
 * no path leaving the package, a StAX manifest parser that refuses DTDs, the launch SCO and every listed file
 * present). Each file goes to the file store as {@code PACKAGE_ENTRY} (a download there, never a page) and is served
 * with a type by extension, {@code nosniff} and a same-origin-only CSP on {@code /learning/scorm/{id}/…}
 * ({@code ScormContentServlet}) to whoever may open a lesson showing it. Uploading is for methodologists and
 * administrators only: a package runs on our origin with the learner's session.</li>
 * <li><b>The SCORM runtime takes the session plus a launch token.</b> {@code /api/**} accepts no session cookie, so
 * the static player ({@code scorm-player.html/js}, {@code window.API}) commits synchronously to
 * {@code /learning/scorm-runtime} ({@code ScormRuntimeServlet}) with the session and the per-launch token the lesson
 * page put in the player's URL fragment, sent as the {@code X-Scorm-Token} header (no cross-site page can read it or
 * send the header; JSON only; foreign Origin or Fetch Metadata refused). The data model's rules live in
 * {@code ScormAttempt} (checked again on the server); a new launch adds the session before to total_time and resumes;
 * {@code ScormAttempts.completedLessons} tells progress which SCORM lessons are passed or completed.</li>
 * <li><b>Documents are copies, numbered per provider.</b> An issued document keeps what it says (holder's name,
 * programme title, hours) as issued; its registration number comes from the provider's counter row, taken under the
 * provider's row lock. The public verification finds a document by a random code (the QR code's), never by its
 * guessable number, and answers every code it does not know alike. Holder data for the registry export (СНИЛС, date
 * of birth, sex, citizenship) comes through identity's {@code RegistryPersons}, which trusts its caller: the
 * documents boundary checks the scope and audits.</li>
 * <li><b>Seats are a counter under the cohort's row lock.</b> Enrolling, approving, withdrawing and moving up first
 * lock the cohort ({@code SELECT … FOR UPDATE}, the copy in the persistence context refreshed) and then read and change
 * {@code seats_taken}; the waiting list is numbered by the cohort's own sequence ({@code waiting_seq}) and ordered by
 * that number, never by time. The rules (seat or waiting place, release, move-up, completion keeps the seat) live in
 * {@code Cohort} and {@code Enrolment}.</li>
 * <li><b>Completion is tested where progress changes.</b> Marking a lesson done, the SCORM runtime's
 * {@code LessonCompletion} and an explicit refresh (after a module check) test {@code CompletionRules}; completion
 * writes {@code COURSE} evidence through competency's {@code SystemEvidence} and fires {@code ProgrammeCompleted} for
 * the documents. Module checks count by assessment's {@code CheckResults} (learning decides the pass mark).</li>
 * <li><b>HR decides for their scope.</b> HR's enrolments need no window, approval or prerequisites; the people come
 * through identity's {@code DataScope} (and a gap list from competency's heat-map), names through
 * {@code PersonFacade.rows}, audited there.</li>
 * <li><b>Start and end notices are claimed per enrolment.</b> {@code CohortNoticeJob} looks periodically (a node down
 * at the due day misses nothing); {@code CohortNoticeSender} claims an enrolment's {@code start_notified} or
 * {@code end_notified} flag by a conditional UPDATE in the transaction that writes the notice and its mail, so each
 * goes out once on any number of nodes. The rules ({@code control.CohortNotices}: who, how many days ahead) are pure
 * and unit-tested. The claim leaves the version alone: a learner's concurrent step must not fail on a notice.</li>
 * <li><b>Seeded enrolments are history.</b> {@code content/learning/enrolments.csv} is checked against the other
 * content files ({@code control.EnrolmentSeed}) and loaded in file order through the same {@code Enrolment} rules
 * (seats, waiting numbers), without notices, evidence or documents (those come from {@code documents.csv}).</li>
 * <li><b>Recommendations are computed, never stored.</b> {@code Recommender} scores a programme by the weighted gap
 * it closes (the target capped at the required level, less the current level) and ranks open cohorts first; one
 * person's come from their gap report, HR's "who needs what" from competency's {@code ScopeGapsFacade}: a compact
 * table of the scope's profiles and levels kept in memory and checked by one data-stamp statement per call, so a
 * list over 10,000 people costs the same few statements as over ten and new evidence shows on the next call. Bulk
 * enrolment from such a list goes through {@code EnrolmentFacade.enrol}, so seats and the waiting list hold.</li>
 * </ul>
 */
package org.munacademy.learning;
