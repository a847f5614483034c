package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.entity.Accommodation;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.shared.entity.Page;

/**
 * Accommodations of a test: extra minutes for named people. People are picked by name from those the user may
 * list (administrators, HR officers); a methodologist without that right enters the person's number instead.
 */
class TestsAccommodationsEditor extends VerticalLayout {

    private final Runnable changed;
    private final VerticalLayout list = new VerticalLayout();
    private final List<Line> lines = new ArrayList<>();
    private final Map<Long, String> names = new HashMap<>();
    private final ComboBox<PersonRow> person = new ComboBox<>();
    private final IntegerField personId = new IntegerField();
    private final IntegerField minutes = new IntegerField();
    private final HorizontalLayout addRow;
    private final boolean canPick;

    /** {@code persons} is null when the user may not list people. */
    TestsAccommodationsEditor(PersonFacade persons, Runnable changed) {
        this.changed = changed;
        this.canPick = persons != null;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("tests-accommodations");

        person.setId("tests-accommodation-person");
        person.setPlaceholder(getTranslation("admin.tests.accommodations.person"));
        person.setItemLabelGenerator(p -> p.fullName() + " — " + p.municipalityName());
        person.setMinWidth("20em");
        if (canPick) {
            person.setItems(q -> persons.list(new PersonFilter(q.getFilter().orElse(""), null, null, null),
                    new Page(q.getOffset(), q.getLimit())).stream());
        }
        personId.setId("tests-accommodation-id");
        personId.setPlaceholder(getTranslation("admin.tests.accommodations.personId"));
        personId.setMin(1);
        minutes.setId("tests-accommodation-minutes");
        minutes.setPlaceholder(getTranslation("admin.tests.accommodations.minutes"));
        minutes.setSuffixComponent(new Span(getTranslation("admin.tests.minutesSuffix")));
        minutes.setMin(1);
        minutes.setMax(240);
        minutes.setValue(15);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("10em");
        Button add = new Button(getTranslation("common.add"), VaadinIcon.PLUS.create(), e -> addChosen());
        add.setId("tests-accommodation-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Component who = canPick ? person : personId;
        addRow = new HorizontalLayout(who, minutes, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(list, addRow);
        if (!canPick) {
            Paragraph hint = new Paragraph(getTranslation("admin.tests.accommodations.noPicker"));
            hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(hint);
        }
    }

    void load(List<Accommodation> accommodations, Map<Long, String> knownNames) {
        names.putAll(knownNames);
        lines.clear();
        accommodations.forEach(a -> lines.add(new Line(a.personId(), a.extraMinutes())));
        render();
    }

    List<Accommodation> value() {
        return lines.stream().map(l -> new Accommodation(l.personId, l.minutes.getValue() == null ? 0
                : l.minutes.getValue())).toList();
    }

    void setEditable(boolean editable) {
        addRow.setVisible(editable);
        lines.forEach(l -> l.setEnabled(editable));
    }

    private void addChosen() {
        Long id = canPick ? (person.getValue() == null ? null : person.getValue().id())
                : (personId.getValue() == null ? null : personId.getValue().longValue());
        if (id == null || minutes.getValue() == null) {
            return;
        }
        if (canPick) {
            names.put(id, person.getValue().fullName());
        }
        lines.add(new Line(id, minutes.getValue()));
        person.clear();
        personId.clear();
        render();
        changed.run();
    }

    private void render() {
        list.removeAll();
        lines.forEach(list::add);
    }

    /** One person with their extra minutes. */
    private class Line extends HorizontalLayout {
        final long personId;
        final IntegerField minutes = new IntegerField();

        Line(long personId, int extra) {
            this.personId = personId;
            setAlignItems(FlexComponent.Alignment.CENTER);
            Span name = new Span(names.getOrDefault(personId,
                    getTranslation("admin.tests.accommodations.unnamed", String.valueOf(personId))));
            name.setMinWidth("20em");
            minutes.setValue(extra);
            minutes.setMin(1);
            minutes.setMax(240);
            minutes.setWidth("10em");
            minutes.setSuffixComponent(new Span(getTranslation("admin.tests.minutesSuffix")));
            minutes.setAriaLabel(getTranslation("admin.tests.accommodations.minutes"));
            minutes.addValueChangeListener(e -> changed.run());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(this);
                render();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON,
                    ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("admin.rows.remove"));
            add(name, minutes, remove);
        }
    }
}
