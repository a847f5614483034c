package org.munacademy.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * One small numbered button per question of an attempt, marked answered or unanswered and the current one, so
 * the taker sees at a glance what is left and jumps to any question.
 *
 * <p>The buttons are native {@code <button>} elements without a component each, and the number is drawn by the
 * theme from {@code data-n} (its accessible name is the {@code aria-label}, which says the number and whether it
 * is answered): one state node per question instead of three (a Vaadin button, its text node and the component's
 * listeners). The navigator is the part of the taking page that grows with the test, and the page is what every
 * session holds on exam day.
 */
class TakingNavigator extends Div {

    private final Map<Integer, Element> buttons = new LinkedHashMap<>();

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
            Element b = new Element("button");
            b.setAttribute("type", "button");
            b.setAttribute("id", "nav-" + slot);
            b.setAttribute("data-n", String.valueOf(number++));
            b.getClassList().add("taking-nav-button");
            b.addEventListener("click", e -> onPick.accept(slot));
            buttons.put(slot, b);
            getElement().appendChild(b);
        }
    }

    /** Marks each button answered or not, and the current one. */
    void update(int currentSlot, IntPredicate answered) {
        int number = 1;
        for (Map.Entry<Integer, Element> e : buttons.entrySet()) {
            Element b = e.getValue();
            boolean isAnswered = answered.test(e.getKey());
            boolean isCurrent = e.getKey() == currentSlot;
            b.getClassList().set("answered", isAnswered);
            b.getClassList().set("unanswered", !isAnswered);
            b.getClassList().set("current", isCurrent);
            if (isCurrent) {
                b.setAttribute("aria-current", "step");
            } else {
                b.removeAttribute("aria-current");
            }
            b.setAttribute("aria-label", getTranslation(isAnswered
                    ? "assessment.attempt.nav.answered" : "assessment.attempt.nav.unanswered", number++));
        }
    }
}
