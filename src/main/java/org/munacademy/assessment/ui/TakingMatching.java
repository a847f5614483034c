package org.munacademy.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.SlotView;
import org.munacademy.shared.entity.FileRefs;

/**
 * A matching question: each left-hand item with a choice of the right-hand items (in presentation order). The
 * response lists, for each left item, the canonical index of the chosen right item, or -1 while none is chosen.
 */
class TakingMatching extends Div {

    private final List<Select<Choice>> selects = new ArrayList<>();

    TakingMatching(SlotView slot, Consumer<Response> onChange) {
        addClassName("taking-matching");
        List<Integer> given = slot.response() == null ? List.of() : slot.response().order();
        String none = getTranslation("assessment.question.matching.none");
        for (int i = 0; i < slot.lefts().size(); i++) {
            Span left = new Span(FileRefs.plain(slot.lefts().get(i)));
            left.addClassName("taking-matching-left");
            Select<Choice> select = new Select<>();
            select.setId("match-" + slot.slot() + "-" + (i + 1));
            select.setItems(slot.rights());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(none);
            select.setItemLabelGenerator(c -> c == null ? none : FileRefs.plain(c.text()));
            select.setAriaLabel(slot.lefts().get(i));
            select.addClassName("taking-matching-right");
            Integer chosen = i < given.size() ? given.get(i) : null;
            slot.rights().stream().filter(c -> chosen != null && c.index() == chosen).findFirst()
                    .ifPresent(select::setValue);
            selects.add(select);
            add(left, select);
        }
        selects.forEach(s -> s.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(response());
            }
        }));
    }

    private Response response() {
        List<Integer> order = selects.stream().map(s -> s.getValue() == null ? -1 : s.getValue().index()).toList();
        return new Response(null, null, order);
    }
}
