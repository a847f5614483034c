package org.munacademy.identity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.boundary.StaffListFacade;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.identity.entity.StaffImportResult;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.ui.UploadPanel;

/**
 * Loading a staff list in the people view: the municipality, the file (XLSX or CSV from the HR system), the column
 * mapping guessed from the file's header (the officer confirms or changes it), then the preview of who is created,
 * updated and unchanged, confirmed with one click. A refused list shows every faulty row; nothing is stored then.
 */
class StaffListPanel extends Details {

    static final int MAX_BYTES = (int) Upload.DEFAULT_MAX_BYTES;

    final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
    final Map<StaffField, ComboBox<String>> columns = new EnumMap<>(StaffField.class);
    private final UploadPanel upload = new UploadPanel("staff-import", MAX_BYTES, ".xlsx", ".csv", ".txt",
            "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    StaffListPanel(StaffListFacade staffLists, PersonFacade persons, Runnable afterImport) {
        setId("staff-import-panel");
        setSummaryText(getTranslation("staff.import.summary"));
        Paragraph help = new Paragraph(getTranslation("staff.import.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        municipality.setId("staff-import-municipality");
        municipality.setLabel(getTranslation("staff.import.municipality"));
        municipality.setItems(q -> persons.municipalitiesInScope(q.getFilter().orElse(""),
                new Page(q.getOffset(), q.getLimit())).stream());
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.oktmo() + ")");
        municipality.setHelperText(getTranslation("staff.import.municipalityHelp"));

        FormLayout mapping = new FormLayout();
        mapping.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        for (StaffField field : StaffField.values()) {
            ComboBox<String> column = new ComboBox<>(getTranslation("staff.field." + field.name()));
            column.setId("staff-import-map-" + field.name());
            column.setClearButtonVisible(true);
            column.setEnabled(false);
            columns.put(field, column);
            mapping.add(column);
        }

        upload.addOptions(help, municipality, mapping);
        upload.onChosen(file -> showColumns(staffLists.columns(file)));
        upload.onPreview(file -> staffLists.importList(file, null, municipalityId(), mapping(), true).preview());
        upload.onImport(file -> {
            StaffImportResult result = staffLists.importList(file, null, municipalityId(), mapping(), false);
            Notification.show(getTranslation("staff.import.done", result.created(), result.updated(),
                    result.unchanged()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            upload.done();
            columns.values().forEach(c -> {
                c.clear();
                c.setEnabled(false);
            });
            afterImport.run();
        });
        add(upload);
    }

    private void showColumns(StaffImportResult guess) {
        List<String> header = guess.header().stream().filter(h -> !h.isBlank()).toList();
        columns.forEach((field, combo) -> {
            combo.setItems(header);
            combo.setValue(guess.mapping().get(field));
            combo.setEnabled(true);
        });
    }

    private Long municipalityId() {
        return municipality.getValue() == null ? null : municipality.getValue().id();
    }

    private Map<StaffField, String> mapping() {
        Map<StaffField, String> mapping = new EnumMap<>(StaffField.class);
        columns.forEach((field, combo) -> {
            if (combo.getValue() != null && !combo.getValue().isBlank()) {
                mapping.put(field, combo.getValue());
            }
        });
        return mapping;
    }
}
