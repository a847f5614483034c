package org.munacademy.shared.entity;

import java.util.List;

/** One page of a list with the total number of matches, as the API returns lists. */
public record PageResult<T>(List<T> items, long total, int offset, int limit) {
}
