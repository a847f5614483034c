package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.munacademy.reserve.entity.EntryDetail;

/**
 * The insertion point of the entry page ({@link EntryView}): a CDI bean implementing this (e.g. {@code @Dependent} in
 * {@code reserve/ui}) adds a panel — readiness, development plan, offers — below the entry's data and above its
 * history, in {@link #order()} (readiness 10, plan 20, offers and appointment 30). Return empty when there is nothing
 * to show for this entry or this caller; a {@code BusinessException} thrown while building is shown in place of the
 * panel, the rest of the page stays.
 */
public interface EntryPanel {

    /** Where the panel stands, lower first. */
    int order();

    /** The panel for this entry, built anew for each visit of the page. */
    Optional<Component> panel(EntryDetail entry);
}
