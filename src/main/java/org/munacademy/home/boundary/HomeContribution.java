package org.munacademy.home.boundary;

import java.util.List;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeTile;

/**
 * What a context shows on the home page. Each context implements it once (a CDI bean, usually in its {@code ui}
 * package next to the views the tiles lead to); the home view finds every implementation and shows their tiles in
 * {@link #order()}. Implementations decide by the caller's roles what to show, and read their data through their
 * own boundary, scoped and audited like any other read; they return nothing for a user with no matching role.
 */
public interface HomeContribution {

    /** Where the context's tiles stand on the page, lower first (identity 0, competency 20, assessment 30, ...). */
    int order();

    /** The tiles for the signed-in user, in the order shown; empty when the context has nothing for them. */
    List<HomeTile> tiles();

    /** Shortcuts to the context's views for the signed-in user (shown only where the user may open them). */
    default List<HomeLink> shortcuts() {
        return List.of();
    }
}
