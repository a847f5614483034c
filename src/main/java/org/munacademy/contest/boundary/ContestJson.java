package org.munacademy.contest.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.contest.entity.QuestionField;

/** The questionnaire (a JSON list of fields) and the answers (a JSON object of field code → text) as stored. */
final class ContestJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type ANSWERS = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();
    private static final Type FIELDS = new ArrayList<QuestionField>() { }.getClass().getGenericSuperclass();

    private ContestJson() {
    }

    static String answers(Map<String, String> answers) {
        return answers == null || answers.isEmpty() ? null : JSONB.toJson(answers);
    }

    static Map<String, String> answers(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        Map<String, String> read = JSONB.fromJson(json, ANSWERS);
        return read == null ? new LinkedHashMap<>() : read;
    }

    static String fields(List<QuestionField> fields) {
        return fields == null || fields.isEmpty() ? null : JSONB.toJson(fields);
    }

    static List<QuestionField> fields(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<QuestionField> read = JSONB.fromJson(json, FIELDS);
        return read == null ? List.of() : List.copyOf(read);
    }
}
