package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.munacademy.assessment.entity.ItemContent;

/**
 * Parsed contents of question revisions that attempts use. Such revisions never change (an edit adds a new
 * revision), so every node may keep them without coordination; the cache only saves reading and parsing.
 */
@ApplicationScoped
public class RevisionCache {

    private static final int LIMIT = 50_000;

    private final Map<Long, ItemContent> contents = new ConcurrentHashMap<>();

    public ItemContent get(long revisionId, Function<Long, ItemContent> loader) {
        ItemContent c = contents.get(revisionId);
        if (c == null) {
            c = loader.apply(revisionId);
            if (contents.size() >= LIMIT) {
                contents.clear();
            }
            contents.put(revisionId, c);
        }
        return c;
    }
}
