package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * One small numbered button per question of an attempt, marked answered or unanswered and the current one, so
 * the taker sees at a glance what is left and jumps to any question.
 */
class TakingNavigator extends Div {

    private final Map<Integer, Button> buttons = new LinkedHashMap<>();

    /**
     * @param slots  the slots in the order of the attempt
     * @param onPick called with the slot the taker picked
     */
    TakingNavigator(List<Integer> slots, IntConsumer onPick) {
        setId("attempt-navigator");
        addClassName("taking-nav");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", getTranslation("assessment.attempt.navigator"));
        int number = 1;
        for (int slot : slots) {
            Button b = new Button(String.valueOf(number++), e -> onPick.accept(slot));
            b.setId("nav-" + slot);
            b.addClassName("taking-nav-button");
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.put(slot, b);
            add(b);
        }
    }

    /** Marks each button answered or not, and the current one. */
    void update(int currentSlot, IntPredicate answered) {
        int number = 1;
        for (Map.Entry<Integer, Button> e : buttons.entrySet()) {
            Button b = e.getValue();
            boolean isAnswered = answered.test(e.getKey());
            boolean isCurrent = e.getKey() == currentSlot;
            b.setClassName("answered", isAnswered);
            b.setClassName("unanswered", !isAnswered);
            b.setClassName("current", isCurrent);
            if (isCurrent) {
                b.getElement().setAttribute("aria-current", "step");
            } else {
                b.getElement().removeAttribute("aria-current");
            }
            b.getElement().setAttribute("aria-label", getTranslation(isAnswered
                    ? "assessment.attempt.nav.answered" : "assessment.attempt.nav.unanswered", number++));
        }
    }
}
