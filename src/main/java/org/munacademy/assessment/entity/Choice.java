package org.munacademy.assessment.entity;

/** Something a taker chooses or places, with its canonical index (what a response refers to). */
public record Choice(int index, String text) {
}
