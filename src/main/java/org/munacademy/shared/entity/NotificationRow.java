package org.munacademy.shared.entity;

import java.time.Instant;
import java.util.List;

/** One entry of the caller's in-app list: the template key and its arguments, rendered by the reader. */
public record NotificationRow(long id, String template, List<String> args, String link, Instant createdAt,
        boolean read) {
}
