package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/** Learning data the reserve's tests build on: a small published programme and a cohort open for enrolment. */
final class LearningFixtures {

    private LearningFixtures() {
    }

    /**
     * A published programme (as the methodologist) developing these competencies to these levels, with one mandatory
     * text lesson: marking it done completes the course.
     */
    static String programme(URI base, String code, Map<String, Integer> targets) {
        Api m = Api.as(base, "methodologist");
        JsonArrayBuilder competencies = Json.createArrayBuilder();
        targets.forEach((c, l) -> competencies.add(Json.createObjectBuilder().add("competencyCode", c)
                .add("targetLevel", l)));
        Api.Reply created = m.post("api/v1/learning/programmes", Json.createObjectBuilder().add("code", code)
                .add("title", "Короткая программа: " + code).add("kind", "QUALIFICATION_UPGRADE")
                .add("format", "PART_TIME").add("distanceLearning", true).add("hours", 16)
                .add("providerCode", "SZIU-UCH").add("description", "Короткая программа из одного занятия.")
                .add("competencies", competencies).add("prerequisites", Json.createArrayBuilder()).build()
                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long version = created.json().getJsonNumber("version").longValue();
        Api.Reply module = m.post("api/v1/learning/programmes/" + code + "/modules?version=" + version,
                "{\"title\":\"Основы\"}");
        assertThat(module.status()).as(module.toString()).isEqualTo(201);
        long moduleId = module.json().getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply lesson = m.post("api/v1/learning/programmes/" + code + "/modules/" + moduleId + "/lessons?version="
                + module.json().getJsonNumber("version").longValue(), Json.createObjectBuilder()
                .add("title", "Введение").add("kind", "TEXT").add("mandatory", true)
                .add("body", "Кадровый резерв — **лифт**.").build().toString());
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        Api.Reply published = m.post("api/v1/learning/programmes/" + code + "/publish?version="
                + lesson.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return code;
    }

    /** A cohort of the programme, free enrolment open today, starting in a month. */
    static String cohort(URI base, String code, String programme) {
        LocalDate today = LocalDate.now();
        Api.Reply r = Api.as(base, "methodologist").post("api/v1/learning/cohorts", Json.createObjectBuilder()
                .add("code", code).add("programmeCode", programme).add("startsOn", today.plusDays(30).toString())
                .add("endsOn", today.plusDays(60).toString()).add("seats", 10)
                .add("enrolFrom", today.minusDays(5).toString()).add("enrolTo", today.plusDays(10).toString())
                .add("approval", "FREE").build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }
}
