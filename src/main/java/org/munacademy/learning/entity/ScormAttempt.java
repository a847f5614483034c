package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.Violation;

/**
 * A person's run through a SCORM lesson: the SCORM 1.2 {@code cmi.core} data model the player commits, kept across
 * sessions so that the learner resumes where they left off. One per person and lesson; each launch of the lesson
 * page issues a new launch token (the old page's commits are then refused) and starts a new session: the time of the
 * session before is added to {@code total_time} (so a session the browser closed without {@code LMSFinish} still
 * counts), and {@code entry} becomes {@code resume} unless the learner finished the previous session without
 * suspending it. {@code passed} or {@code completed} completes the lesson (the first time is kept); the score is kept
 * as the SCO last reported it.
 * <p>
 * The rules here are the server's copy of the player's (scorm-player.js): whatever a client sends is checked again.
 */
@Entity
@Table(name = "learning_scorm_attempt")
public class ScormAttempt extends org.munacademy.shared.entity.BaseEntity {

    /** SCORM 1.2's limits: CMIString255 for the location, CMIString4096 for the suspend data. */
    public static final int LOCATION_MAX = 255;
    public static final int SUSPEND_DATA_MAX = 4096;

    public static final String LOCATION = "cmi.core.lesson_location";
    public static final String STATUS = "cmi.core.lesson_status";
    public static final String SCORE_RAW = "cmi.core.score.raw";
    public static final String SCORE_MIN = "cmi.core.score.min";
    public static final String SCORE_MAX = "cmi.core.score.max";
    public static final String SESSION_TIME = "cmi.core.session_time";
    public static final String EXIT = "cmi.core.exit";
    public static final String SUSPEND_DATA = "cmi.suspend_data";

    /** What a SCO may set (everything else of cmi.core is read-only or not kept). */
    public static final Set<String> WRITABLE = Set.of(LOCATION, STATUS, SCORE_RAW, SCORE_MIN, SCORE_MAX,
            SESSION_TIME, EXIT, SUSPEND_DATA);
    /** The statuses a SCO may set ("not attempted" is only the LMS's initial value). */
    public static final Set<String> STATUSES = Set.of("passed", "completed", "failed", "incomplete", "browsed");
    public static final Set<String> EXITS = Set.of("time-out", "suspend", "logout", "");
    public static final String NOT_ATTEMPTED = "not attempted";

    private static final Pattern TIMESPAN = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,2}))?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,10}(?:\\.\\d{1,10})?");

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "package_id", nullable = false)
    private long packageId;

    @Column(nullable = false)
    private String username;

    @Column(name = "launch_token", nullable = false)
    private String launchToken;

    @Column(nullable = false)
    private int sessions;

    @Column(name = "lesson_status", nullable = false)
    private String lessonStatus = NOT_ATTEMPTED;

    @Column(name = "lesson_location")
    private String lessonLocation;

    @Column(name = "suspend_data")
    private String suspendData;

    @Column(name = "score_raw")
    private Double scoreRaw;

    @Column(name = "score_min")
    private Double scoreMin;

    @Column(name = "score_max")
    private Double scoreMax;

    @Column(name = "exit_mode")
    private String exitMode;

    @Column(name = "entry_mode", nullable = false)
    private String entryMode = "ab-initio";

    @Column(nullable = false)
    private boolean finished;

    @Column(name = "total_time_cs", nullable = false)
    private long totalTimeCs;

    @Column(name = "session_time_cs", nullable = false)
    private long sessionTimeCs;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScormAttempt() {
    }

    public ScormAttempt(long lessonId, long packageId, String username, Instant now) {
        this.lessonId = lessonId;
        this.packageId = packageId;
        this.username = username;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new session with a new launch token: the previous session's time joins the total, and the entry mode says
     * whether the SCO resumes ({@code ab-initio} the first time, {@code resume} after a suspended or unfinished
     * session, empty after one finished normally).
     */
    public void launch(String token, Instant now) {
        if (sessions > 0) {
            totalTimeCs += sessionTimeCs;
            entryMode = "suspend".equals(exitMode) || !finished ? "resume" : "";
        }
        sessionTimeCs = 0;
        sessions++;
        finished = false;
        exitMode = null;
        launchToken = token;
        updatedAt = now;
    }

    /**
     * Takes a commit of the player: every value is checked against the data model first (all problems at once,
     * nothing taken then); {@code finish} marks the end of the session (LMSFinish).
     *
     * @throws InvalidInputException naming each element with a value SCORM 1.2 does not allow
     */
    public void commit(Map<String, String> values, boolean finish, Instant now) {
        List<Violation> problems = new ArrayList<>();
        values.forEach((element, value) -> {
            if (!valid(element, value)) {
                problems.add(new Violation(element, LearningError.SCORM_VALUE_INVALID, element,
                        value == null ? "null" : shorten(value)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        values.forEach(this::set);
        if (finish) {
            finished = true;
            if (NOT_ATTEMPTED.equals(lessonStatus)) {
                lessonStatus = "incomplete";
            }
        }
        if (completedAt == null && isCompleted()) {
            completedAt = now;
        }
        updatedAt = now;
    }

    /** Whether a value is allowed for a writable element (SCORM 1.2 RTE, error 405 in the player otherwise). */
    public static boolean valid(String element, String value) {
        if (value == null || !WRITABLE.contains(element)) {
            return false;
        }
        return switch (element) {
            case LOCATION -> value.length() <= LOCATION_MAX;
            case SUSPEND_DATA -> value.length() <= SUSPEND_DATA_MAX;
            case STATUS -> STATUSES.contains(value);
            case EXIT -> EXITS.contains(value);
            case SESSION_TIME -> centiseconds(value) >= 0;
            case SCORE_RAW, SCORE_MIN, SCORE_MAX -> value.isEmpty() || DECIMAL.matcher(value).matches()
                    && new BigDecimal(value).compareTo(BigDecimal.ZERO) >= 0
                    && new BigDecimal(value).compareTo(BigDecimal.valueOf(100)) <= 0;
            default -> false;
        };
    }

    private void set(String element, String value) {
        switch (element) {
            case LOCATION -> lessonLocation = value;
            case SUSPEND_DATA -> suspendData = value;
            case STATUS -> lessonStatus = value;
            case EXIT -> exitMode = value;
            case SESSION_TIME -> sessionTimeCs = centiseconds(value);
            case SCORE_RAW -> scoreRaw = decimal(value);
            case SCORE_MIN -> scoreMin = decimal(value);
            case SCORE_MAX -> scoreMax = decimal(value);
            default -> throw new IllegalArgumentException(element);
        }
    }

    /** A CMITimespan ({@code HHHH:MM:SS.SS}) in hundredths of a second, or −1 when it is not one. */
    public static long centiseconds(String timespan) {
        Matcher m = timespan == null ? null : TIMESPAN.matcher(timespan);
        if (m == null || !m.matches()) {
            return -1;
        }
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        if (minutes > 59 || seconds > 59) {
            return -1;
        }
        String fraction = m.group(4) == null ? "0" : (m.group(4) + "0").substring(0, 2);
        return ((Long.parseLong(m.group(1)) * 60 + minutes) * 60 + seconds) * 100 + Integer.parseInt(fraction);
    }

    /** Hundredths of a second as a CMITimespan, {@code HHHH:MM:SS.SS} (hours capped at 9999). */
    public static String timespan(long centiseconds) {
        long cs = Math.max(0, centiseconds);
        long hours = Math.min(9999, cs / 360_000);
        return String.format(Locale.ROOT, "%04d:%02d:%02d.%02d", hours, cs / 6000 % 60, cs / 100 % 60, cs % 100);
    }

    private static Double decimal(String value) {
        return value.isEmpty() ? null : Double.valueOf(value);
    }

    private static String format(Double d) {
        if (d == null) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /**
     * The data model the player starts a session with (SCORM 1.2 names; the write-only session_time and exit are
     * not among them).
     */
    public Map<String, String> dataModel(String studentName) {
        Map<String, String> cmi = new LinkedHashMap<>();
        cmi.put("cmi.core.student_id", username);
        cmi.put("cmi.core.student_name", studentName == null ? username : studentName);
        cmi.put(LOCATION, lessonLocation == null ? "" : lessonLocation);
        cmi.put("cmi.core.credit", "credit");
        cmi.put(STATUS, lessonStatus);
        cmi.put("cmi.core.entry", entryMode);
        cmi.put(SCORE_RAW, format(scoreRaw));
        cmi.put(SCORE_MIN, format(scoreMin));
        cmi.put(SCORE_MAX, format(scoreMax));
        cmi.put("cmi.core.total_time", timespan(totalTimeCs));
        cmi.put("cmi.core.lesson_mode", "normal");
        cmi.put(SUSPEND_DATA, suspendData == null ? "" : suspendData);
        cmi.put("cmi.launch_data", "");
        return cmi;
    }

    /** Whether the SCO reported the lesson passed or completed. */
    public boolean isCompleted() {
        return "passed".equals(lessonStatus) || "completed".equals(lessonStatus);
    }

    public ScormAttemptRow row() {
        return new ScormAttemptRow(lessonId, packageId, username, lessonStatus, scoreRaw, scoreMin, scoreMax,
                lessonLocation, timespan(totalTimeCs + sessionTimeCs), sessions, completedAt);
    }

    public long getLessonId() {
        return lessonId;
    }

    public long getPackageId() {
        return packageId;
    }

    public String getUsername() {
        return username;
    }

    public String getLaunchToken() {
        return launchToken;
    }

    public String getLessonStatus() {
        return lessonStatus;
    }

    public String getEntryMode() {
        return entryMode;
    }

    public long getTotalTimeCs() {
        return totalTimeCs;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
