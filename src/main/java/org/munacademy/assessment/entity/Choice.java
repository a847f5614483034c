package org.munacademy.assessment.entity;

/**
 * Something a taker chooses or places, with the id under which it is presented in this attempt (what a response
 * sent by the taker refers to). The id is random per attempt and says nothing about the key; the field keeps the
 * name {@code index} for API compatibility.
 */
public record Choice(int index, String text) {
}
