package org.munacademy.competency.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.munacademy.shared.ui.ErrorList;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.boundary.TextDecoding;
import org.munacademy.shared.ui.ChosenFile;

/**
 * Import of a standard version from a file as a new draft: a CSV prepared in a spreadsheet (the standard's code
 * and title are entered here, the file has none) or a CASE 1.1 package (JSON). The panel only reads the file and
 * fires an import event; when the import is refused it lists every error with its location.
 */
class ImportPanel extends Details {

    /** The largest file accepted (a standard is a few hundred kilobytes at most). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    final TextField standardCode = new TextField();
    final TextField title = new TextField();
    final DatePicker effectiveDate = new DatePicker();
    private final ErrorList errors = new ErrorList("import-errors");
    private final ChosenFile chosen;

    ImportPanel(String defaultCode, String defaultTitle) {
        setId("import-panel");
        setSummaryText(getTranslation("competency.import.summary"));

        Paragraph help = new Paragraph(getTranslation("competency.import.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        standardCode.setId("import-standard");
        standardCode.setLabel(getTranslation("competency.import.standardCode"));
        standardCode.setValue(defaultCode == null ? "" : defaultCode);
        standardCode.setHelperText(getTranslation("competency.import.csvOnly"));
        title.setId("import-title");
        title.setLabel(getTranslation("competency.import.title"));
        title.setValue(defaultTitle == null ? "" : defaultTitle);
        title.setHelperText(getTranslation("competency.import.csvOnly"));
        effectiveDate.setId("import-effective");
        effectiveDate.setLabel(getTranslation("competency.import.effectiveDate"));
        effectiveDate.setHelperText(getTranslation("competency.import.csvOnly"));
        FormLayout fields = new FormLayout(standardCode, title, effectiveDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        chosen = new ChosenFile(new String[] {"import-upload", "import-run", "import-file"},
                new String[] {"competency.import.drop", "competency.import.choose", "competency.import.run"},
                MAX_BYTES, new String[] {".csv", ".json", "text/csv", "application/json"}, errors::clear,
                this::requestImport, this::showProblem);

        VerticalLayout body = new VerticalLayout(help, fields, chosen, errors);
        body.setPadding(false);
        add(body);
    }

    private void requestImport() {
        boolean json = isCase(chosen.fileName());
        if (!json) {
            standardCode.setInvalid(standardCode.getValue().isBlank());
            standardCode.setErrorMessage(getTranslation("competency.import.required"));
            title.setInvalid(title.getValue().isBlank());
            title.setErrorMessage(getTranslation("competency.import.required"));
            if (standardCode.isInvalid() || title.isInvalid()) {
                return;
            }
        }
        String text;
        try {
            // UTF-8 with or without a byte order mark, or Windows-1251 as Excel in Russian saves CSV
            text = TextDecoding.text(chosen.content());
        } catch (org.munacademy.shared.entity.InvalidInputException e) {
            showProblem(e.getMessage());
            return;
        }
        errors.clear();
        fireEvent(new ImportEvent(this, json, text, standardCode.getValue().strip().toUpperCase(Locale.ROOT),
                title.getValue().strip(), effectiveDate.getValue()));
    }

    static boolean isCase(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    void showErrors(List<ImportError> list) {
        errors.show(list);
    }

    private void showProblem(String message) {
        errors.show(List.of(new ImportError(chosen.fileName() == null ? "" : chosen.fileName(), message)));
    }

    /** After a successful import: ready for the next file. */
    void done() {
        chosen.clear();
        errors.clear();
    }

    Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    /** The methodologist asks to import the chosen file as a new draft. */
    static class ImportEvent extends ComponentEvent<ImportPanel> {
        private final boolean caseJson;
        private final String text;
        private final String standardCode;
        private final String title;
        private final LocalDate effectiveDate;

        ImportEvent(ImportPanel source, boolean caseJson, String text, String standardCode, String title,
                LocalDate effectiveDate) {
            super(source, false);
            this.caseJson = caseJson;
            this.text = text;
            this.standardCode = standardCode;
            this.title = title;
            this.effectiveDate = effectiveDate;
        }

        boolean caseJson() {
            return caseJson;
        }

        String text() {
            return text;
        }

        String standardCode() {
            return standardCode;
        }

        String title() {
            return title;
        }

        LocalDate effectiveDate() {
            return effectiveDate;
        }
    }
}
