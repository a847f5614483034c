package org.munacademy.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.ImportMode;
import org.munacademy.assessment.entity.ImportOptions;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.ImportPreview;
import org.munacademy.shared.ui.UploadPanel;

/**
 * Import of questions from a GIFT file, a Moodle XML file or a QTI 2.1/2.2 package (the boundary judges which by
 * the content) through the kit's one upload component, with the bank's own options above it: the competency and
 * level for items whose category names none, whether to activate them at once, and the mode — create new questions
 * (the default; a taken code gets a fresh one) or update the questions the file names by code. Every import is first
 * a dry run whose preview lists each item created, changed (each field's old and new value) or unchanged; only the
 * confirmation stores it. A refused file lists every error (then nothing was stored) — unless the user asks for a
 * partial import: then the valid items are stored and the others listed, with a CSV report to download. When a file
 * is chosen, a dry run lists the categories of its items that name no competency, each with a competency to choose.
 */
class BankImport extends Details {

    /** The largest file the browser sends: a QTI package may hold pictures (the bank checks its own limits too). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    final ComboBox<String> competency = new ComboBox<>();
    final ComboBox<Integer> level = new ComboBox<>();
    final Checkbox activate = new Checkbox();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Checkbox partial = new Checkbox();
    final Grid<String> categories = new Grid<>();
    /** The competency chosen for each category of the chosen file. */
    final Map<String, String> categoryMap = new LinkedHashMap<>();
    private final Anchor report = new Anchor();
    private final Paragraph done = new Paragraph();
    private final UploadPanel upload;

    /** What the view does with a chosen file and the options: call its boundary (a dry run stores nothing). */
    interface Importer {
        ImportSummary importFile(Upload file, ImportOptions options);

        /** The CSV report of the items a partial import left out. */
        byte[] report(ImportSummary summary);
    }

    BankImport(BankScale scale, Importer importer, Runnable imported) {
        setId("bank-import");
        setSummaryText(getTranslation("admin.import.summary"));

        Paragraph help = new Paragraph(getTranslation("admin.import.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        competency.setId("bank-import-competency");
        competency.setLabel(getTranslation("admin.import.competency"));
        competency.setClearButtonVisible(true);
        scale.competencyPicker(competency);
        level.setId("bank-import-level");
        level.setLabel(getTranslation("admin.import.level"));
        level.setClearButtonVisible(true);
        scale.levelPicker(level);
        activate.setId("bank-import-activate");
        activate.setLabel(getTranslation("admin.import.activate"));
        mode.setId("bank-import-mode");
        mode.setLabel(getTranslation("admin.import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("admin.import.mode." + m.name()));
        mode.setValue(ImportMode.CREATE);
        partial.setId("bank-import-partial");
        partial.setLabel(getTranslation("admin.import.partial"));
        FormLayout fields = new FormLayout(competency, level, activate, mode, partial);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        categories.setId("bank-import-categories");
        categories.addThemeVariants(GridVariant.LUMO_COMPACT);
        categories.addColumn(c -> c).setHeader(getTranslation("admin.import.category")).setFlexGrow(1);
        categories.addComponentColumn(c -> {
            ComboBox<String> box = new ComboBox<>();
            box.setId("bank-import-category-" + categoryIndex(c));
            box.setClearButtonVisible(true);
            box.setWidthFull();
            scale.competencyPicker(box);
            box.setValue(categoryMap.get(c));
            box.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    categoryMap.remove(c);
                } else {
                    categoryMap.put(c, e.getValue());
                }
            });
            return box;
        }).setHeader(getTranslation("admin.import.categoryCompetency")).setFlexGrow(1);
        categories.setAllRowsVisible(true);
        categories.setVisible(false);

        report.setId("bank-import-report");
        report.setText(getTranslation("admin.import.report"));
        report.setVisible(false);

        done.setId("bank-import-done");
        done.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.Margin.NONE);
        done.setVisible(false);

        upload = new UploadPanel("bank-import", MAX_BYTES, ".txt", ".gift", ".xml", ".zip", "text/plain", "text/xml",
                "application/xml", "application/zip");
        upload.addOptions(fields, categories);
        upload.onChosen(file -> {
            done.setVisible(false);
            report.setVisible(false);
            // a partial dry run always answers: it lists the file's categories even when items lack a competency
            List<String> found = importer.importFile(file, new ImportOptions(null, level.getValue(), false,
                    chosenMode(), true, Map.of(), true)).categories();
            categoryMap.keySet().retainAll(found);
            categories.setItems(found);
            categories.setVisible(!found.isEmpty());
        });
        upload.onPreview(file -> {
            done.setVisible(false);
            report.setVisible(false);
            ImportSummary result = importer.importFile(file, options(true));
            if (!result.refused().isEmpty()) {
                upload.showErrors(result.refused());
            }
            return preview(result);
        });
        upload.onImport(file -> {
            ImportSummary result = importer.importFile(file, options(false));
            upload.done();
            done.setText(doneText(result));
            done.setVisible(true);
            if (!result.refused().isEmpty()) {
                byte[] csv = importer.report(result);
                report.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), "import-report.csv", "text/csv;charset=UTF-8", csv.length)));
                report.setVisible(true);
            }
            imported.run();
        });

        VerticalLayout body = new VerticalLayout(help, upload, done, report);
        body.setPadding(false);
        add(body);
    }

    /** The options the user chose, as a dry run or not. */
    ImportOptions options(boolean dryRun) {
        return new ImportOptions(competency.getValue(), level.getValue(), activate.getValue(), chosenMode(), dryRun,
                categoryMap, partial.getValue());
    }

    private int categoryIndex(String category) {
        return categories.getListDataView().getItems().toList().indexOf(category);
    }

    private ImportMode chosenMode() {
        return mode.getValue() == null ? ImportMode.CREATE : mode.getValue();
    }

    /** What the import did, with the codes a create had to replace. */
    String doneText(ImportSummary result) {
        String text = getTranslation("admin.import.done", result.created(), result.revised(), result.unchanged());
        if (result.refusedItems() > 0) {
            text += " " + getTranslation("admin.import.refused", result.refusedItems());
        }
        if (result.renamed() > 0) {
            text += " " + getTranslation("admin.import.renamed", result.renamed(), result.items().stream()
                    .filter(i -> i.fileCode() != null && !i.fileCode().equals(i.code()))
                    .map(i -> i.fileCode() + " → " + i.code()).collect(Collectors.joining(", ")));
        }
        return text;
    }

    /** The dry run as the kit's preview: each item with what would happen and, for an update, each changed field. */
    ImportPreview preview(ImportSummary result) {
        List<ImportPreview.Change> changes = result.items().stream().map(item -> new ImportPreview.Change(
                switch (item.action()) {
                    case CREATE -> ImportPreview.Kind.CREATE;
                    case UPDATE -> ImportPreview.Kind.UPDATE;
                    case UNCHANGED -> ImportPreview.Kind.UNCHANGED;
                },
                item.location(),
                item.fileCode() != null && !item.fileCode().equals(item.code()) ? item.fileCode() + " → " + item.code()
                        : item.code(),
                item.changes().stream().map(f -> new ImportPreview.Difference(
                        texts -> texts.text("admin.import.field." + f.field()), f.before(), f.after())).toList(),
                item.newRevision() ? texts -> texts.text("admin.import.preview.revision") : null)).toList();
        return new ImportPreview(changes);
    }
}
