package org.munacademy.assessment.entity;

/**
 * An image stored for questions: its content address, type, size and name, and the reference to put in a question
 * text to show it ({@code ![alt](file:<sha256>)}).
 */
public record MediaFile(String sha256, String contentType, long size, String name, String reference) {
}
