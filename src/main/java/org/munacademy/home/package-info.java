/**
 * Home: the start page every signed-in user lands on, composed from the contexts rather than owned by any of them.
 * An employee sees their match to the profile of their position, their top gaps, the tests assigned to them with
 * deadlines and their latest results; an HR officer their scope's headcount, a gap summary, tests in progress and
 * overdue; a methodologist drafts and flagged items; an administrator recent audit events and failed sign-ins.
 * <p>
 * Decisions:
 * <ul>
 * <li>Plug-ins, not imports: each context contributes tiles and shortcuts by implementing
 * {@link org.munacademy.home.boundary.HomeContribution} (a CDI bean in its {@code ui} package, found through
 * {@code Instance<HomeContribution>}). Home depends on the shared kernel only, so it sits above the contexts in
 * the page without a compile-time dependency on any of them; a new context (learning, reserve, contest) adds one
 * contribution class and one bundle, and touches nothing here.</li>
 * <li>Tiles are data ({@link org.munacademy.home.entity.HomeTile}: bundle keys with arguments, figures, lines, a
 * route), not components: every tile looks alike, the view translates them in the user's language, and a
 * contribution can be unit-tested without a browser.</li>
 * <li>Who sees what is the contributing context's decision: a contribution returns tiles for the caller's roles
 * only, and reads through its own boundary (scoped and audited as any other read). Figures are counted in SQL
 * (aggregate queries, a fixed number per tile), never by loading rows per person.</li>
 * <li>A shortcut is shown only when the user may open its route (the view checks the target view's security
 * annotations), so a contribution cannot advertise a page the user cannot open.</li>
 * <li>One tile failing (e.g. no published standard yet) costs that tile, not the page: the view logs it and shows
 * the others.</li>
 * </ul>
 */
package org.munacademy.home;
