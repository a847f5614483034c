package org.munacademy.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.competency.entity.ImportRejectedException.ImportError;
import org.munacademy.competency.ui.ErrorList;
import org.munacademy.shared.ui.ChosenFile;

/**
 * Import of questions from a GIFT file (.txt, .gift) or a QTI 2.1/2.2 package (.zip), with the competency and
 * level for items whose category names none, and whether to activate them at once. Reads the file and fires an
 * import event; shows what the import did, or every error when it was refused (then nothing was stored).
 */
class BankImportPanel extends Details {

    /** The largest file accepted: a QTI package may hold pictures (the bank itself checks the limits too). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    final ComboBox<String> competency = new ComboBox<>();
    final ComboBox<Integer> level = new ComboBox<>();
    final Checkbox activate = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private final ErrorList errors = new ErrorList("bank-import-errors");
    private final ChosenFile chosen;

    BankImportPanel(BankScale scale) {
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
        FormLayout fields = new FormLayout(competency, level, activate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        chosen = new ChosenFile(new String[] {"bank-upload", "bank-import-run", "bank-import-file"},
                new String[] {"admin.import.drop", "admin.import.choose", "admin.import.run"}, MAX_BYTES,
                new String[] {".txt", ".gift", ".zip", "text/plain", "application/zip"}, this::received,
                this::requestImport, this::rejected);
        summary.setId("bank-import-summary");
        summary.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.Margin.NONE);
        summary.setVisible(false);

        VerticalLayout body = new VerticalLayout(help, fields, chosen, summary, errors);
        body.setPadding(false);
        add(body);
    }

    private void rejected(String message) {
        errors.show(List.of(new ImportError(chosen.fileName() == null ? "" : chosen.fileName(), message)));
    }

    private void received() {
        errors.clear();
        summary.setVisible(false);
    }

    private void requestImport() {
        errors.clear();
        summary.setVisible(false);
        fireEvent(new ImportEvent(this, chosen.fileName(), chosen.content(), competency.getValue(), level.getValue(),
                activate.getValue()));
    }

    /** The import stored the questions: says what it did and is ready for the next file. */
    void done(ImportSummary result) {
        summary.setText(getTranslation("admin.import.done", result.created(), result.revised(), result.unchanged()));
        summary.setVisible(true);
        chosen.clear();
    }

    void showErrors(List<ImportError> list) {
        errors.show(list);
    }

    Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    /** The methodologist asks to import the chosen file. */
    static class ImportEvent extends ComponentEvent<BankImportPanel> {
        private final String fileName;
        private final byte[] content;
        private final String competencyCode;
        private final Integer level;
        private final boolean activate;

        ImportEvent(BankImportPanel source, String fileName, byte[] content, String competencyCode, Integer level,
                boolean activate) {
            super(source, false);
            this.fileName = fileName;
            this.content = content;
            this.competencyCode = competencyCode;
            this.level = level;
            this.activate = activate;
        }

        /** A QTI content package (zip) rather than a GIFT text file. */
        boolean qti() {
            boolean zipMagic = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                    && content[3] == 4;
            return zipMagic || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        }

        String fileName() {
            return fileName;
        }

        byte[] content() {
            return content;
        }

        String competencyCode() {
            return competencyCode;
        }

        Integer level() {
            return level;
        }

        boolean activate() {
            return activate;
        }
    }
}
