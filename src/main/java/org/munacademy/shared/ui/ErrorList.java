package org.munacademy.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;

/**
 * Why an import (or a saved draft) was refused: every problem with where it is — a CSV line, a sheet row, a CASE or
 * QTI item, a level or competency — so that the user can fix them all at once. Hidden while there are none.
 */
public class ErrorList extends Grid<ImportError> {

    public ErrorList(String id) {
        super(ImportError.class, false);
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ImportError::location).setHeader(getTranslation("kit.errors.location")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.text(this::getTranslation)).setHeader(getTranslation("kit.errors.message")).setFlexGrow(1);
        setAllRowsVisible(true);
        setVisible(false);
    }

    public void show(List<ImportError> errors) {
        setItems(errors);
        setVisible(!errors.isEmpty());
    }

    public void clear() {
        show(List.of());
    }
}
