package org.munacademy.competency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.competency.entity.VersionStatus;

/**
 * How a version of a standard is named and marked in every competency view: "Редакция 2 — действующая", a
 * status badge with its dates, and the order in which versions are offered (the published one first).
 */
final class VersionLabels {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private VersionLabels() {
    }

    /** Published first, then the draft, then retired versions; newest first within each. */
    static List<VersionRow> ordered(List<VersionRow> versions) {
        return versions.stream().sorted(Comparator.comparingInt((VersionRow v) -> rank(v.status()))
                .thenComparing(Comparator.comparingInt(VersionRow::number).reversed())).toList();
    }

    private static int rank(VersionStatus s) {
        return switch (s) {
            case PUBLISHED -> 0;
            case DRAFT -> 1;
            case RETIRED -> 2;
        };
    }

    /** "Редакция 2 — действующая" / "— черновик" / "— выведена из действия". */
    /** Configures a picker of a standard's versions (newest relevant first), labelled in the owner's language. */
    static void versionPicker(Component owner, com.vaadin.flow.component.select.Select<VersionRow> picker, String id,
            List<VersionRow> versions) {
        picker.setId(id);
        picker.setLabel(owner.getTranslation("competency.version"));
        picker.setItems(versions);
        picker.setItemLabelGenerator(v -> item(owner, v));
        picker.setWidth("20em");
    }

    static String item(Component c, VersionRow v) {
        return c.getTranslation("competency.version.item." + v.status().name(), String.valueOf(v.number()));
    }

    static String status(Component c, VersionStatus s) {
        return c.getTranslation("competency.status." + s.name());
    }

    /** A badge with the status and the date it took effect (published, created, retired). */
    static Span badge(Component c, VersionRow v) {
        String text = switch (v.status()) {
            case PUBLISHED -> c.getTranslation("competency.badge.PUBLISHED", date(v.publishedAt()));
            case DRAFT -> c.getTranslation("competency.badge.DRAFT", date(v.createdAt()));
            case RETIRED -> c.getTranslation("competency.badge.RETIRED", date(v.retiredAt()),
                    date(v.publishedAt()));
        };
        return themed(new Span(text), v.status());
    }

    /** A badge with the status alone, for lists of versions. */
    static Span statusBadge(Component c, VersionStatus s) {
        return themed(new Span(status(c, s)), s);
    }

    private static Span themed(Span badge, VersionStatus s) {
        badge.getElement().getThemeList().add(switch (s) {
            case PUBLISHED -> "badge success";
            case DRAFT -> "badge";
            case RETIRED -> "badge contrast";
        });
        badge.getElement().setAttribute("data-status", s.name());
        return badge;
    }

    /** Whether the user reads English (the UI's language; Russian otherwise). */
    static boolean english() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }

    static String date(Instant instant) {
        return instant == null ? "—" : date(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    static String date(LocalDate date) {
        if (date == null) {
            return "—";
        }
        return date.format(english() ? EN : RU);
    }
}
