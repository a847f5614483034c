package org.munacademy.home.entity;

/**
 * One line of a tile: a label (a test title, a competency, an audit event), a value beside it (a due date, a level,
 * a count), where it leads (a route, or null) and its tone.
 */
public record HomeLine(HomeText label, HomeText value, String route, HomeTone tone) {

    public HomeLine {
        if (label == null) {
            throw new IllegalArgumentException("A line needs a label");
        }
        tone = tone == null ? HomeTone.NORMAL : tone;
    }

    public static HomeLine of(HomeText label, HomeText value) {
        return new HomeLine(label, value, null, HomeTone.NORMAL);
    }
}
