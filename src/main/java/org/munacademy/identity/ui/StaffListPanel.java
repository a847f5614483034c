package org.munacademy.identity.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.boundary.StaffListFacade;
import org.munacademy.identity.entity.StaffAccount;
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
 * With «create accounts» ticked, the preview also lists the accounts to be created (user names) and the people left
 * without one for want of an e-mail address; after the import, each account with whether its invitation is on its
 * way by mail or, without a mail server, in the server log.
 */
class StaffListPanel extends Details {

    static final int MAX_BYTES = (int) Upload.DEFAULT_MAX_BYTES;

    final ComboBox<MunicipalityRow> municipality = new ComboBox<>();
    final Map<StaffField, ComboBox<String>> columns = new EnumMap<>(StaffField.class);
    final Checkbox accounts = new Checkbox();
    private final Paragraph accountsSummary = new Paragraph();
    private final Grid<StaffAccount> accountsGrid = new Grid<>();
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

        accounts.setId("staff-import-accounts");
        accounts.setLabel(getTranslation("staff.import.accounts"));
        accounts.setHelperText(getTranslation("staff.import.accountsHelp"));
        accounts.addValueChangeListener(e -> clearAccounts());
        accountsSummary.setId("staff-import-accounts-summary");
        accountsGrid.setId("staff-import-accounts-grid");
        accountsGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        accountsGrid.addColumn(a -> getTranslation("staff.account.row", String.valueOf(a.row())))
                .setHeader(getTranslation("kit.preview.location"))
                .setAutoWidth(true).setFlexGrow(0);
        accountsGrid.addColumn(StaffAccount::person).setHeader(getTranslation("staff.account.person")).setFlexGrow(1);
        accountsGrid.addColumn(a -> a.username() == null ? "—" : a.username())
                .setHeader(getTranslation("staff.account.username")).setAutoWidth(true).setFlexGrow(0);
        accountsGrid.addColumn(a -> getTranslation("staff.account.status." + a.status().name()))
                .setHeader(getTranslation("staff.account.status")).setFlexGrow(1);
        accountsGrid.setAllRowsVisible(true);
        clearAccounts();

        upload.addOptions(help, municipality, mapping, accounts);
        upload.onChosen(file -> {
            clearAccounts();
            showColumns(staffLists.columns(file));
        });
        upload.onPreview(file -> load(staffLists, file, true).preview());
        upload.onImport(file -> {
            StaffImportResult result = load(staffLists, file, false);
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
        add(upload, accountsSummary, accountsGrid);
    }

    /** Checks (dry run) or loads the file with the chosen options, showing the accounts if they were asked for. */
    private StaffImportResult load(StaffListFacade staffLists, Upload file, boolean dryRun) {
        clearAccounts();
        StaffImportResult result = staffLists.importList(file, null, municipalityId(), mapping(), dryRun,
                accounts.getValue());
        if (accounts.getValue()) {
            showAccounts(result.accounts(), dryRun);
        }
        return result;
    }

    /** The accounts of a preview (to be created) or of an import (created, with where the invitation went). */
    private void showAccounts(List<StaffAccount> list, boolean preview) {
        long created = list.stream().filter(a -> a.username() != null).count();
        accountsSummary.setText(getTranslation(preview ? "staff.account.summary.preview" : "staff.account.summary.done",
                created, list.size() - created));
        accountsSummary.setVisible(true);
        accountsGrid.setItems(list);
        accountsGrid.setVisible(!list.isEmpty());
    }

    private void clearAccounts() {
        accountsSummary.setVisible(false);
        accountsGrid.setItems(List.of());
        accountsGrid.setVisible(false);
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
