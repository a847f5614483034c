package org.munacademy.shared.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired once at start-up after the schema is migrated. Each context observes it with a {@code @Priority}
 * (upstream contexts first) to load its part of {@code content/}, and may add lines to the start-up banner.
 */
public final class DatabaseReady {

    /**
     * The order in which the contexts load their content, upstream first (use as {@code @Priority(LOAD_…)}): a
     * context's content may refer to what the contexts before it loaded, never to a later one. A new context takes
     * the next free step after the contexts it refers to.
     */
    public static final int LOAD_ORGANISATION = 100;
    public static final int LOAD_IDENTITY = 200;
    public static final int LOAD_COMPETENCY = 300;
    public static final int LOAD_ASSESSMENT = 400;
    /** Learning: providers and programmes refer to competencies, position groups and assessment tests. */
    public static final int LOAD_LEARNING = 500;
    /** Learning's issued documents of the demo people refer to programmes and persons. */
    public static final int LOAD_LEARNING_DOCUMENTS = 560;
    /** Reserve: reserves by region and municipality, their commissions (accounts); after learning's content. */
    public static final int LOAD_RESERVE = 600;
    /** Contest: the demo season (persons, accounts, tests by code; after the reserve's content). */
    public static final int LOAD_CONTEST = 700;

    private final boolean demo;
    private final boolean loadContent;
    private final List<String> bannerLines = new ArrayList<>();

    public DatabaseReady(boolean demo) {
        this(demo, true);
    }

    public DatabaseReady(boolean demo, boolean loadContent) {
        this.demo = demo;
        this.loadContent = loadContent;
    }

    /**
     * Whether the content loaders are to run: false when the content, the classes and the settings are those of the
     * last complete load ({@code content_fingerprint}), so a restart does not parse it all again. What must happen
     * on every start (the first administrator, the demo accounts' banner, the jobs) does not look at this.
     */
    public boolean loadContent() {
        return loadContent;
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
