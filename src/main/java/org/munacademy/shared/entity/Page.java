package org.munacademy.shared.entity;

/** Offset/limit of a lazily loaded list (what a Vaadin grid or an API client asks for). */
public record Page(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static Page of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? 50 : Math.min(limit, MAX_LIMIT);
        return new Page(Math.max(o, 0), Math.max(l, 1));
    }
}
