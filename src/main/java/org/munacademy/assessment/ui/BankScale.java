package org.munacademy.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;

/**
 * The competencies and levels of the published competency standard, in their order: what questions, blueprint
 * rules and cut scores refer to. Fills the pickers of the assessment administration views and labels codes.
 */
record BankScale(Map<String, String> competencies, Map<Integer, String> levels) {

    BankScale {
        competencies = Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** The scale of the standard's published version (empty while none is published). */
    static BankScale of(StandardFacade standards, String standardCode) {
        Optional<Framework> framework = standards.publishedFramework(standardCode);
        Map<String, String> competencies = new LinkedHashMap<>();
        Map<Integer, String> levels = new LinkedHashMap<>();
        framework.ifPresent(f -> {
            f.competencies().forEach(c -> competencies.put(c.code(), c.name()));
            f.levels().forEach(l -> levels.put(l.number(), l.name()));
        });
        return new BankScale(competencies, levels);
    }

    boolean isEmpty() {
        return competencies.isEmpty();
    }

    List<String> codes() {
        return List.copyOf(competencies.keySet());
    }

    /** The level numbers, lowest first. */
    List<Integer> levelNumbers() {
        return levels.keySet().stream().sorted().toList();
    }

    int maxLevel() {
        return levels.isEmpty() ? 4 : Collections.max(levels.keySet());
    }

    /** "STR-01 — Стратегическое мышление" (just the code for a competency the standard no longer has). */
    String competency(String code) {
        if (code == null) {
            return "";
        }
        String name = competencies.get(code);
        return name == null ? code : code + " — " + name;
    }

    /** "2 — Уверенный" (just the number for a level the scale does not name). */
    String level(Integer number) {
        if (number == null) {
            return "";
        }
        String name = levels.get(number);
        return name == null ? String.valueOf(number) : number + " — " + name;
    }

    void competencyPicker(ComboBox<String> box) {
        box.setItems(codes());
        box.setItemLabelGenerator(this::competency);
    }

    void levelPicker(ComboBox<Integer> box) {
        box.setItems(levelNumbers());
        box.setItemLabelGenerator(this::level);
    }
}
