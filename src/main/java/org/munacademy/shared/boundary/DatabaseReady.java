package org.munacademy.shared.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired once at start-up after the schema is migrated. Each context observes it with a {@code @Priority}
 * (upstream contexts first) to load its part of {@code content/}, and may add lines to the start-up banner.
 */
public final class DatabaseReady {

    private final boolean demo;
    private final List<String> bannerLines = new ArrayList<>();

    public DatabaseReady(boolean demo) {
        this.demo = demo;
    }

    /** Whether this is the embedded demo run (demo accounts may be created). */
    public boolean demo() {
        return demo;
    }

    /** Adds a line to the banner printed when start-up is complete. */
    public void banner(String line) {
        bannerLines.add(line);
    }

    public List<String> bannerLines() {
        return List.copyOf(bannerLines);
    }
}
