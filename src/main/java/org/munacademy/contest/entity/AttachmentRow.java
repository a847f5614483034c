package org.munacademy.contest.entity;

import java.time.Instant;

/**
 * An application's attachment as a reader sees it: its id (for the download), the slot (the questionnaire field's
 * code) and its label, the file name the applicant gave — {@code null} for a juror of a blind stage — the media type
 * found from the content, and the size in bytes.
 */
public record AttachmentRow(long id, String slot, String label, String fileName, String mediaType, long size,
        Instant uploadedAt) {
}
