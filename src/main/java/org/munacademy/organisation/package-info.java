/**
 * Organisation: where municipal employees work. Regions (the 89 subjects of the Federation with their codes and
 * federal districts), municipalities identified by OKTMO (urban and municipal okrugs, municipal districts with
 * their urban and rural settlements, intra-city territories), local government bodies, position groups (the five
 * groups of municipal service and the elected offices) and positions.
 * <p>
 * It is reference data and the most stable upstream context: other contexts may hold JPA references to its
 * entities (identity's persons point at their municipality and position). It holds no personal data, so every
 * signed-in user may read it; it changes through {@code content/organisation/} (loaded idempotently by natural
 * key at start-up), not through the UI.
 * <p>
 * Decision: a settlement knows the municipal district it lies in ({@code parent}); scopes that name a district
 * therefore cover its settlements.
 */
package org.munacademy.organisation;
