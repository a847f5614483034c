package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.SlotView;
import org.munacademy.shared.entity.FileRefs;

/**
 * An ordering question: the items in the taker's order, each with buttons to move it up or down. It starts in the
 * presentation order (or the order saved before); since that order may happen to be right, an untouched question
 * counts as unanswered until the taker moves an item or confirms the order with «Порядок верный».
 */
class TakingOrdering extends Div {

    private final int slot;
    private final List<Choice> items;
    private final Consumer<Response> onChange;
    private final Div list = new Div();

    TakingOrdering(SlotView slot, Consumer<Response> onChange) {
        this.slot = slot.slot();
        this.onChange = onChange;
        this.items = new ArrayList<>(initial(slot));
        addClassName("taking-ordering");
        list.addClassName("taking-ordering-list");
        list.getElement().setAttribute("role", "list");
        Button confirm = new Button(getTranslation("assessment.question.ordering.confirm"), VaadinIcon.CHECK.create(),
                e -> changed());
        confirm.setId("order-confirm-" + this.slot);
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(list, confirm);
        render(-1, false);
    }

    /** The saved order when there is a complete one, else the presentation order. */
    private static List<Choice> initial(SlotView slot) {
        List<Integer> saved = slot.response() == null ? List.of() : slot.response().order();
        if (saved.size() != slot.items().size()) {
            return slot.items();
        }
        Map<Integer, Choice> byIndex = slot.items().stream()
                .collect(Collectors.toMap(Choice::index, Function.identity()));
        List<Choice> out = saved.stream().map(byIndex::get).toList();
        return out.contains(null) ? slot.items() : out;
    }

    private void render(int focus, boolean focusUp) {
        list.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int position = i;
            Span number = new Span((i + 1) + ".");
            number.addClassName("taking-ordering-number");
            Span text = new Span(FileRefs.plain(items.get(i).text()));
            text.addClassName("taking-ordering-text");
            Button up = move(VaadinIcon.ARROW_UP, "up", position, -1);
            up.setEnabled(i > 0);
            Button down = move(VaadinIcon.ARROW_DOWN, "down", position, 1);
            down.setEnabled(i < items.size() - 1);
            Div row = new Div(number, text, up, down);
            row.addClassName("taking-ordering-item");
            row.getElement().setAttribute("role", "listitem");
            list.add(row);
            if (i == focus) {
                (focusUp && up.isEnabled() || !down.isEnabled() ? up : down).focus();
            }
        }
    }

    private Button move(VaadinIcon icon, String direction, int position, int by) {
        Button b = new Button(icon.create(), e -> {
            Collections.swap(items, position, position + by);
            render(position + by, by < 0);
            changed();
        });
        b.setId("order-" + direction + "-" + slot + "-" + (position + 1));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation("assessment.question.ordering." + direction,
                FileRefs.plain(items.get(position).text())));
        return b;
    }

    private void changed() {
        onChange.accept(new Response(null, null, items.stream().map(Choice::index).toList()));
    }
}
