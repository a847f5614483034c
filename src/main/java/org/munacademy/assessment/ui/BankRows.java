package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * An editable list of rows — answer options, numbers, pairs, items to order, blueprint rules, cut overrides,
 * accommodations: add and remove rows and, for an ordered list, move them up and down. Every change of the list
 * itself runs {@code changed}; the rows report changes of their own fields.
 */
class BankRows<R extends Component> extends VerticalLayout {

    private final Supplier<R> factory;
    private final boolean ordered;
    private final Runnable changed;
    private final VerticalLayout list = new VerticalLayout();
    private final List<R> rows = new ArrayList<>();
    private final Button addButton = new Button();

    BankRows(String id, String addText, Supplier<R> factory, boolean ordered, Runnable changed) {
        this.factory = factory;
        this.ordered = ordered;
        this.changed = changed;
        setId(id);
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        addButton.setText(addText);
        addButton.setId(id + "-add");
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addButton.addClickListener(e -> {
            addRow();
            changed.run();
        });
        add(list, addButton);
    }

    /** Appends a new, empty row and returns it (for filling). */
    R addRow() {
        R row = factory.get();
        rows.add(row);
        render();
        return row;
    }

    void clear() {
        rows.clear();
        render();
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void setEditable(boolean editable) {
        addButton.setVisible(editable);
        render(editable);
    }

    private void render() {
        render(addButton.isVisible());
    }

    private void render(boolean editable) {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            HorizontalLayout line = new HorizontalLayout(row);
            line.setWidthFull();
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.setFlexGrow(1, row);
            line.addClassName("bank-row");
            if (editable && ordered) {
                int at = i;
                Button up = icon(VaadinIcon.ARROW_UP, "admin.rows.up", () -> move(at, at - 1));
                up.setEnabled(i > 0);
                Button down = icon(VaadinIcon.ARROW_DOWN, "admin.rows.down", () -> move(at, at + 1));
                down.setEnabled(i < rows.size() - 1);
                line.add(up, down);
            }
            if (editable) {
                Button remove = icon(VaadinIcon.TRASH, "admin.rows.remove", () -> remove(row));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            list.add(line);
        }
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        return b;
    }

    private void move(int from, int to) {
        Collections.swap(rows, from, to);
        render();
        changed.run();
    }

    private void remove(R row) {
        rows.remove(row);
        render();
        changed.run();
    }
}
