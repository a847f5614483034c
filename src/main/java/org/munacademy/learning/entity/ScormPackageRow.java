package org.munacademy.learning.entity;

/** An uploaded SCORM package as REST and the editor show it (the title is plain text). */
public record ScormPackageRow(long id, String title, String launchPath, int fileCount, long sizeBytes) {
}
