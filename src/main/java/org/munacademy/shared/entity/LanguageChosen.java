package org.munacademy.shared.entity;

import java.util.Locale;

/**
 * A signed-in user switched the UI language (a CDI event): the context that owns accounts remembers it, so that
 * mail reaches them in the language they read.
 */
public record LanguageChosen(String username, Locale language) {
}
