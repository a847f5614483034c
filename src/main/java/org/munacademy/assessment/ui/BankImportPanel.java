package org.munacademy.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.ImportChange;
import org.munacademy.assessment.entity.ImportMode;
import org.munacademy.assessment.entity.ImportSummary;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.ui.ErrorList;
import org.munacademy.shared.ui.ChosenFile;

/**
 * Import of questions from a GIFT file (.txt, .gift) or a QTI 2.1/2.2 package (.zip), with the competency and
 * level for items whose category names none, whether to activate them at once, and the mode: create new questions
 * (the default; a taken code gets a fresh one) or update the questions the file names by code. An update first
 * asks for a dry run and shows the preview of every change (created, changed with each field's old and new value,
 * unchanged); only «Подтвердить обновление» stores it. Reads the file and fires import events; shows what the
 * import did, or every error when it was refused (then nothing was stored).
 */
class BankImportPanel extends Details {

    /** The largest file accepted: a QTI package may hold pictures (the bank itself checks the limits too). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    final ComboBox<String> competency = new ComboBox<>();
    final ComboBox<Integer> level = new ComboBox<>();
    final Checkbox activate = new Checkbox();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Div preview = new Div();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
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
        mode.setId("bank-import-mode");
        mode.setLabel(getTranslation("admin.import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("admin.import.mode." + m.name()));
        mode.setValue(ImportMode.CREATE);
        mode.addValueChangeListener(e -> hidePreview());
        FormLayout fields = new FormLayout(competency, level, activate, mode);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        chosen = new ChosenFile(new String[] {"bank-upload", "bank-import-run", "bank-import-file"},
                new String[] {"admin.import.drop", "admin.import.choose", "admin.import.run"}, MAX_BYTES,
                new String[] {".txt", ".gift", ".zip", "text/plain", "application/zip"}, this::received,
                this::requestImport, this::rejected);
        summary.setId("bank-import-summary");
        summary.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.Margin.NONE);
        summary.setVisible(false);

        preview.setId("bank-import-preview");
        preview.addClassName("bank-import-preview");
        confirm.setId("bank-import-confirm");
        confirm.setText(getTranslation("admin.import.preview.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> fire(false));
        cancel.setId("bank-import-cancel");
        cancel.setText(getTranslation("admin.import.preview.cancel"));
        cancel.addClickListener(e -> hidePreview());
        hidePreview();

        VerticalLayout body = new VerticalLayout(help, fields, chosen, summary, preview,
                new HorizontalLayout(confirm, cancel), errors);
        body.setPadding(false);
        add(body);
    }

    private void rejected(String message) {
        errors.show(List.of(new ImportError(chosen.fileName() == null ? "" : chosen.fileName(), message)));
    }

    private void received() {
        errors.clear();
        summary.setVisible(false);
        hidePreview();
    }

    /** An update is previewed first (dry run); a create is stored at once. */
    private void requestImport() {
        fire(mode.getValue() == ImportMode.UPDATE);
    }

    private void fire(boolean dryRun) {
        errors.clear();
        summary.setVisible(false);
        hidePreview();
        if (chosen.content() == null) {
            return;
        }
        fireEvent(new ImportEvent(this, chosen.fileName(), chosen.content(), competency.getValue(), level.getValue(),
                activate.getValue(), mode.getValue() == null ? ImportMode.CREATE : mode.getValue(), dryRun));
    }

    private void hidePreview() {
        preview.removeAll();
        preview.setVisible(false);
        confirm.setVisible(false);
        cancel.setVisible(false);
    }

    /** The import stored the questions: says what it did and is ready for the next file. */
    void done(ImportSummary result) {
        hidePreview();
        String text = getTranslation("admin.import.done", result.created(), result.revised(), result.unchanged());
        if (result.renamed() > 0) {
            text += " " + getTranslation("admin.import.renamed", result.renamed(), result.items().stream()
                    .filter(i -> i.fileCode() != null && !i.fileCode().equals(i.code()))
                    .map(i -> i.fileCode() + " → " + i.code()).collect(Collectors.joining(", ")));
        }
        summary.setText(text);
        summary.setVisible(true);
        chosen.clear();
    }

    /**
     * The dry run of an update: what would be created, changed (each field with its old and new value, and
     * whether a new revision is added) or stay; «Подтвердить обновление» stores exactly this.
     */
    void preview(ImportSummary result) {
        preview.removeAll();
        preview.add(new Paragraph(getTranslation("admin.import.preview.title", result.created(), result.revised(),
                result.unchanged())));
        UnorderedList list = new UnorderedList();
        for (ImportChange item : result.items()) {
            if (item.action() == ImportChange.Action.UNCHANGED) {
                continue;
            }
            ListItem li = new ListItem();
            li.addClassName("bank-import-change");
            li.add(new Span(getTranslation("admin.import.preview." + item.action().name(), item.code(),
                    item.location()) + (item.newRevision() ? " " + getTranslation("admin.import.preview.revision")
                            : "")));
            UnorderedList fields = new UnorderedList();
            for (ImportChange.FieldChange f : item.changes()) {
                fields.add(new ListItem(getTranslation("admin.import.field." + f.field()) + ": «" + f.before()
                        + "» → «" + f.after() + "»"));
            }
            if (!item.changes().isEmpty()) {
                li.add(fields);
            }
            list.add(li);
        }
        preview.add(list);
        preview.setVisible(true);
        confirm.setVisible(true);
        cancel.setVisible(true);
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
        private final ImportMode mode;
        private final boolean dryRun;

        ImportEvent(BankImportPanel source, String fileName, byte[] content, String competencyCode, Integer level,
                boolean activate, ImportMode mode, boolean dryRun) {
            super(source, false);
            this.mode = mode;
            this.dryRun = dryRun;
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

        ImportMode mode() {
            return mode;
        }

        /** Only the preview: nothing is stored. */
        boolean dryRun() {
            return dryRun;
        }
    }
}
