package org.munacademy.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.ImportMode;
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
 * confirmation stores it. A refused file lists every error (then nothing was stored).
 */
class BankImport extends Details {

    /** The largest file the browser sends: a QTI package may hold pictures (the bank checks its own limits too). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    final ComboBox<String> competency = new ComboBox<>();
    final ComboBox<Integer> level = new ComboBox<>();
    final Checkbox activate = new Checkbox();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Paragraph done = new Paragraph();
    private final UploadPanel upload;

    /** What the view does with a chosen file and the options: call its boundary (a dry run stores nothing). */
    interface Importer {
        ImportSummary importFile(Upload file, String competency, Integer level, boolean activate, ImportMode mode,
                boolean dryRun);
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
        FormLayout fields = new FormLayout(competency, level, activate, mode);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        done.setId("bank-import-done");
        done.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.Margin.NONE);
        done.setVisible(false);

        upload = new UploadPanel("bank-import", MAX_BYTES, ".txt", ".gift", ".xml", ".zip", "text/plain", "text/xml",
                "application/xml", "application/zip");
        upload.addOptions(fields);
        upload.onPreview(file -> {
            done.setVisible(false);
            return preview(importer.importFile(file, competency.getValue(), level.getValue(), activate.getValue(),
                    chosenMode(), true));
        });
        upload.onImport(file -> {
            ImportSummary result = importer.importFile(file, competency.getValue(), level.getValue(),
                    activate.getValue(), chosenMode(), false);
            upload.done();
            done.setText(doneText(result));
            done.setVisible(true);
            imported.run();
        });

        VerticalLayout body = new VerticalLayout(help, upload, done);
        body.setPadding(false);
        add(body);
    }

    private ImportMode chosenMode() {
        return mode.getValue() == null ? ImportMode.CREATE : mode.getValue();
    }

    /** What the import did, with the codes a create had to replace. */
    String doneText(ImportSummary result) {
        String text = getTranslation("admin.import.done", result.created(), result.revised(), result.unchanged());
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
