package org.munacademy.competency.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.ui.UploadPanel;

/**
 * Import of a standard version from a file as a new draft, through the kit's one upload component: the standard's
 * own options (code, title and effective date, which a table does not carry and a CASE package does) above it. The
 * boundary judges the format by the content; a refused import lists every error in the upload component.
 */
class StandardImport extends Details {

    /** The largest file the browser sends (the boundary's own limit is the same). */
    static final int MAX_BYTES = (int) Upload.DEFAULT_MAX_BYTES;

    private final TextField standardCode = new TextField();
    private final TextField title = new TextField();
    private final DatePicker effectiveDate = new DatePicker();
    private final UploadPanel upload;

    /** What the view does with a chosen file and the options: call its boundary. */
    interface Importer {
        void importFile(Upload file, String standardCode, String title, LocalDate effectiveDate);
    }

    StandardImport(String defaultCode, String defaultTitle, Importer importer) {
        setId("import-panel");
        setSummaryText(getTranslation("competency.import.summary"));

        Paragraph help = new Paragraph(getTranslation("competency.import.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        standardCode.setId("import-standard");
        standardCode.setLabel(getTranslation("competency.import.standardCode"));
        standardCode.setValue(defaultCode == null ? "" : defaultCode);
        standardCode.setMaxLength(FieldLimits.CODE);
        standardCode.setHelperText(getTranslation("competency.import.csvOnly"));
        title.setId("import-title");
        title.setLabel(getTranslation("competency.import.title"));
        title.setValue(defaultTitle == null ? "" : defaultTitle);
        title.setMaxLength(FieldLimits.TITLE);
        title.setHelperText(getTranslation("competency.import.csvOnly"));
        effectiveDate.setId("import-effective");
        effectiveDate.setLabel(getTranslation("competency.import.effectiveDate"));
        effectiveDate.setHelperText(getTranslation("competency.import.csvOnly"));
        FormLayout fields = new FormLayout(standardCode, title, effectiveDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        upload = new UploadPanel("import", MAX_BYTES, ".csv", ".xlsx", ".json", "text/csv", "application/json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addOptions(fields);
        Consumer<Upload> run = file -> importer.importFile(file, standardCode.getValue().strip()
                .toUpperCase(Locale.ROOT), title.getValue().strip(), effectiveDate.getValue());
        upload.onImport(run);

        VerticalLayout body = new VerticalLayout(help, upload);
        body.setPadding(false);
        add(body);
    }

    /** After a successful import: ready for the next file. */
    void done() {
        upload.done();
    }
}
