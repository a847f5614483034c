package org.munacademy.competency.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.munacademy.competency.entity.ImportRejectedException.ImportError;

/**
 * Why a standard was refused (an import or a saved draft): every problem with where it is — a CSV line, a CASE
 * item, a level or competency — so the methodologist can fix them all at once. Hidden while there are none.
 */
public class ErrorList extends Grid<ImportError> {

    public ErrorList(String id) {
        super(ImportError.class, false);
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ImportError::location).setHeader(getTranslation("competency.errors.location")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(ImportError::message).setHeader(getTranslation("competency.errors.message")).setFlexGrow(1);
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
