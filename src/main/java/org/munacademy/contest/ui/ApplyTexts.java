package org.munacademy.contest.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.munacademy.contest.entity.IneligibilityReason;
import org.munacademy.contest.entity.NominationRow;
import org.munacademy.contest.entity.StageRow;

/**
 * Texts of the candidate's views that are worked out from data: an ineligibility reason from its stored line
 * ({@code REASON|arg|arg}, as {@code ApplicationRow.eligibility} holds them), a nomination's rules, the member codes
 * typed for a team. The translator is the view's {@code getTranslation}.
 */
final class ApplyTexts {

    private ApplyTexts() {
    }

    /** One stored reason in the user's language; a line naming no known reason is shown as it is. */
    static String reason(String line, BiFunction<String, Object[], String> translate) {
        if (line == null || line.isBlank()) {
            return "";
        }
        String[] parts = line.strip().split("\\|", -1);
        IneligibilityReason reason;
        try {
            reason = IneligibilityReason.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            return line.strip();
        }
        Object[] args = Arrays.copyOfRange(parts, 1, parts.length);
        return translate.apply("contest.apply.reason." + reason.name(), args);
    }

    /** Who may apply to the nomination and its stages, one line each. */
    static List<String> rules(NominationRow n, BiFunction<String, Object[], String> translate) {
        List<String> out = new ArrayList<>();
        if (n.minAge() != null && n.maxAge() != null) {
            out.add(translate.apply("contest.apply.rules.age", new Object[] {n.minAge(), n.maxAge()}));
        } else if (n.minAge() != null) {
            out.add(translate.apply("contest.apply.rules.ageMin", new Object[] {n.minAge()}));
        } else if (n.maxAge() != null) {
            out.add(translate.apply("contest.apply.rules.ageMax", new Object[] {n.maxAge()}));
        }
        if (n.minExperience() != null && n.minExperience() > 0) {
            out.add(translate.apply("contest.apply.rules.experience", new Object[] {n.minExperience()}));
        }
        if (out.isEmpty()) {
            out.add(translate.apply("contest.apply.rules.any", new Object[0]));
        }
        if (n.teamMin() != null && n.teamMax() != null) {
            out.add(translate.apply("contest.apply.rules.team", new Object[] {n.teamMin(), n.teamMax()}));
        }
        if (!n.stages().isEmpty()) {
            out.add(translate.apply("contest.apply.rules.stages", new Object[] {n.stages().stream()
                    .map(StageRow::title).collect(Collectors.joining(" → "))}));
        }
        return out;
    }

    /** The person codes typed for a team: separated by commas, semicolons or spaces, blanks dropped. */
    static List<String> members(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.strip().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
