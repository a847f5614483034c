package org.munacademy.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.munacademy.competency.entity.ImportRejectedException.ImportError;

/** Why an import of questions was refused: every problem with its line or item. Hidden while there are none. */
class BankErrorList extends Grid<ImportError> {

    BankErrorList(String id) {
        super(ImportError.class, false);
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ImportError::location).setHeader(getTranslation("admin.import.location")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(ImportError::message).setHeader(getTranslation("admin.import.message")).setFlexGrow(1);
        setAllRowsVisible(true);
        setVisible(false);
    }

    void show(List<ImportError> errors) {
        setItems(errors);
        setVisible(!errors.isEmpty());
    }

    void clear() {
        show(List.of());
    }
}
