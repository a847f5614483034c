package org.munacademy.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.InvalidInputException;

class ScormAttemptTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static ScormAttempt launched() {
        ScormAttempt a = new ScormAttempt(7, 3, "ivanov", T0);
        a.launch("t1", T0);
        return a;
    }

    @Test
    void the_first_session_starts_ab_initio_not_attempted_with_no_time() {
        Map<String, String> cmi = launched().dataModel("Иванов, Иван");
        assertEquals("ab-initio", cmi.get("cmi.core.entry"));
        assertEquals("not attempted", cmi.get(ScormAttempt.STATUS));
        assertEquals("0000:00:00.00", cmi.get("cmi.core.total_time"));
        assertEquals("ivanov", cmi.get("cmi.core.student_id"));
        assertEquals("Иванов, Иван", cmi.get("cmi.core.student_name"));
        assertFalse(cmi.containsKey(ScormAttempt.SESSION_TIME), "session_time is write-only");
        assertFalse(cmi.containsKey(ScormAttempt.EXIT), "exit is write-only");
    }

    @Test
    void a_session_closed_without_finishing_resumes_with_location_and_suspend_data_and_its_time_counted() {
        ScormAttempt a = launched();
        a.commit(Map.of(ScormAttempt.LOCATION, "page-3", ScormAttempt.SUSPEND_DATA, "q1=b",
                ScormAttempt.SESSION_TIME, "0000:05:30.5"), false, T0.plusSeconds(330));
        a.launch("t2", T0.plusSeconds(4000));
        Map<String, String> cmi = a.dataModel(null);
        assertEquals("resume", cmi.get("cmi.core.entry"));
        assertEquals("page-3", cmi.get(ScormAttempt.LOCATION));
        assertEquals("q1=b", cmi.get(ScormAttempt.SUSPEND_DATA));
        assertEquals("0000:05:30.50", cmi.get("cmi.core.total_time"));
        assertEquals("not attempted", cmi.get(ScormAttempt.STATUS), "the SCO set no status yet");
    }

    @Test
    void total_time_accumulates_the_session_times_of_every_session() {
        ScormAttempt a = launched();
        a.commit(Map.of(ScormAttempt.SESSION_TIME, "00:10:00"), true, T0);
        a.launch("t2", T0);
        a.commit(Map.of(ScormAttempt.SESSION_TIME, "01:55:00.25", ScormAttempt.EXIT, "suspend"), true, T0);
        a.launch("t3", T0);
        assertEquals("0002:05:00.25", a.dataModel(null).get("cmi.core.total_time"));
        assertEquals("resume", a.getEntryMode(), "the session before was suspended");
    }

    @Test
    void a_session_finished_normally_enters_with_an_empty_entry() {
        ScormAttempt a = launched();
        a.commit(Map.of(ScormAttempt.STATUS, "completed"), true, T0);
        a.launch("t2", T0);
        assertEquals("", a.getEntryMode());
    }

    @Test
    void passed_or_completed_completes_the_lesson_once_and_the_score_is_kept() {
        ScormAttempt a = launched();
        a.commit(Map.of(ScormAttempt.STATUS, "failed", ScormAttempt.SCORE_RAW, "40"), false, T0);
        assertNull(a.getCompletedAt());
        a.commit(Map.of(ScormAttempt.STATUS, "passed", ScormAttempt.SCORE_RAW, "85.5", ScormAttempt.SCORE_MIN, "0",
                ScormAttempt.SCORE_MAX, "100"), false, T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60), a.getCompletedAt());
        a.commit(Map.of(ScormAttempt.STATUS, "completed"), true, T0.plusSeconds(120));
        assertEquals(T0.plusSeconds(60), a.getCompletedAt(), "the first completion is kept");
        assertEquals(85.5, a.row().scoreRaw());
        assertEquals("85.5", a.dataModel(null).get(ScormAttempt.SCORE_RAW));
    }

    @Test
    void finishing_without_a_status_makes_the_lesson_incomplete() {
        ScormAttempt a = launched();
        a.commit(Map.of(), true, T0);
        assertEquals("incomplete", a.getLessonStatus());
    }

    @Test
    void invalid_values_are_all_refused_and_none_is_taken() {
        ScormAttempt a = launched();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ScormAttempt.LOCATION, "p2");
        values.put(ScormAttempt.STATUS, "done");
        values.put(ScormAttempt.SCORE_RAW, "101");
        values.put(ScormAttempt.SESSION_TIME, "00:61:00");
        values.put("cmi.core.student_id", "someone-else");
        values.put(ScormAttempt.SUSPEND_DATA, "x".repeat(4097));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.commit(values, false, T0));
        assertEquals(5, e.violations().size());
        assertEquals("", a.dataModel(null).get(ScormAttempt.LOCATION), "nothing taken");
    }

    @Test
    void the_vocabularies_and_formats_of_scorm_1_2() {
        assertTrue(ScormAttempt.valid(ScormAttempt.STATUS, "browsed"));
        assertFalse(ScormAttempt.valid(ScormAttempt.STATUS, "not attempted"));
        assertTrue(ScormAttempt.valid(ScormAttempt.EXIT, ""));
        assertFalse(ScormAttempt.valid(ScormAttempt.EXIT, "normal"), "normal is SCORM 2004");
        assertTrue(ScormAttempt.valid(ScormAttempt.SCORE_RAW, ""));
        assertFalse(ScormAttempt.valid(ScormAttempt.SCORE_RAW, "-1"));
        assertFalse(ScormAttempt.valid(ScormAttempt.SCORE_RAW, "1e2"));
        assertFalse(ScormAttempt.valid(ScormAttempt.SESSION_TIME, "PT5M"), "an ISO duration is SCORM 2004");
        assertEquals(9_000_050, ScormAttempt.centiseconds("25:00:00.5"));
        assertEquals("0025:00:00.50", ScormAttempt.timespan(9_000_050));
        assertTrue(ScormAttempt.valid(ScormAttempt.LOCATION, "x".repeat(255)));
        assertFalse(ScormAttempt.valid(ScormAttempt.LOCATION, "x".repeat(256)));
    }

    @Test
    void a_new_launch_replaces_the_token() {
        ScormAttempt a = launched();
        a.launch("t2", T0);
        assertEquals("t2", a.getLaunchToken());
        assertNotNull(a.row());
    }
}
