package org.munacademy.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * Why an import (or a saved draft) was refused: every problem with where it is — a CSV line, a sheet row, a CASE or
 * QTI item, a level or competency — so that the user can fix them all at once, both in the user's language (from
 * the bundles). Hidden while there are none.
 */
public class ErrorList extends Grid<ErrorList.Row> {

    /** One problem as shown: where and what, already in the user's language. */
    public record Row(String location, String message) {
    }

    public ErrorList(String id) {
        super(Row.class, false);
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Row::location).setHeader(getTranslation("kit.errors.location")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Row::message).setHeader(getTranslation("kit.errors.message")).setFlexGrow(1);
        setAllRowsVisible(true);
        setVisible(false);
    }

    /** Shows the problems of an import, place and text in the user's language. */
    public void show(List<ImportError> errors) {
        rows(errors.stream().map(e -> new Row(e.location().text(this::getTranslation), e.text(this::getTranslation)))
                .toList());
    }

    /** Shows field problems already in the user's language (the field's location text, or its name). */
    public void showFields(List<FieldError> errors) {
        rows(errors.stream().map(f -> new Row(f.location() != null ? f.location() : f.field(), f.message())).toList());
    }

    /** Shows problems already in the user's language. */
    public void rows(List<Row> rows) {
        setItems(rows);
        setVisible(!rows.isEmpty());
    }

    public void clear() {
        rows(List.of());
    }
}
