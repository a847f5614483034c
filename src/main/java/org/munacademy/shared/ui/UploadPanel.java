package org.munacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.ImportPreview;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

/**
 * The one upload component of every import: the file chooser, the context's own options (added with
 * {@link #addOptions}), then either a preview of what the import would do — items created, updated (with what
 * changes), unchanged — confirmed with one more click, or, for an import without a preview, the import itself. A
 * refused import lists every error with its row or item (then nothing was stored). The panel reads no file format
 * itself: it hands the chosen {@link Upload} to the view's callbacks, which call their boundary.
 * <p>
 * Element ids (for browser tests) start with the prefix given: {@code -upload}, {@code -run}, {@code -file},
 * {@code -summary}, {@code -preview}, {@code -confirm}, {@code -cancel}, {@code -errors}.
 */
public class UploadPanel extends VerticalLayout {

    private final String prefix;
    private final VerticalLayout options = new VerticalLayout();
    private final ChosenFile chosen;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportPreview.Change> preview = new Grid<>();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final ErrorList errors;
    private Function<Upload, ImportPreview> previewer;
    private Consumer<Upload> importer;
    private Consumer<Upload> chosenListener = u -> { };

    /**
     * @param prefix        element id prefix
     * @param maxBytes      the largest file the browser may send (the boundary checks its own limit too)
     * @param acceptedTypes file name extensions and MIME types offered in the file dialog (a hint; the boundary
     *                      judges by content)
     */
    public UploadPanel(String prefix, int maxBytes, String... acceptedTypes) {
        this.prefix = prefix;
        setPadding(false);
        setId(prefix);
        options.setPadding(false);
        options.setVisible(false);
        errors = new ErrorList(prefix + "-errors");
        chosen = new ChosenFile(new String[] {prefix + "-upload", prefix + "-run", prefix + "-file"},
                new String[] {"kit.upload.drop", "kit.upload.choose", "kit.upload.check"}, maxBytes, acceptedTypes,
                this::received, this::run, this::rejected);

        summary.setId(prefix + "-summary");
        summary.setVisible(false);
        preview.setId(prefix + "-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.addColumn(c -> getTranslation("kit.preview.kind." + c.kind().name()))
                .setHeader(getTranslation("kit.preview.kind")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(c -> c.location().text(this::getTranslation))
                .setHeader(getTranslation("kit.preview.location"))
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportPreview.Change::item).setHeader(getTranslation("kit.preview.item")).setFlexGrow(1);
        preview.addColumn(c -> c.detail(this::getTranslation)).setHeader(getTranslation("kit.preview.detail"))
                .setFlexGrow(2);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);

        confirm.setId(prefix + "-confirm");
        confirm.setText(getTranslation("kit.upload.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmed());
        cancel.setId(prefix + "-cancel");
        cancel.setText(getTranslation("kit.upload.cancel"));
        cancel.addClickListener(e -> hidePreview());
        HorizontalLayout buttons = new HorizontalLayout(confirm, cancel);
        buttons.setVisible(false);
        confirm.setVisible(false);
        cancel.setVisible(false);
        add(options, chosen, errors, summary, preview, buttons);
    }

    /** The context's own fields (a mapping, a target, a mode), shown above the file chooser. */
    public UploadPanel addOptions(Component... components) {
        options.add(components);
        options.setVisible(true);
        return this;
    }

    /**
     * With a preview: the first click makes it (a dry run), the confirm button imports. Without one (the default),
     * the first click imports at once.
     */
    public UploadPanel onPreview(Function<Upload, ImportPreview> previewer) {
        this.previewer = previewer;
        chosen.setRunText(getTranslation("kit.upload.check"));
        return this;
    }

    /** Runs when a file was chosen, before any check (e.g. to read its columns for a mapping). */
    public UploadPanel onChosen(Consumer<Upload> listener) {
        this.chosenListener = listener;
        return this;
    }

    /** What importing the chosen file does (calls the boundary; throws what it throws). */
    public UploadPanel onImport(Consumer<Upload> importer) {
        this.importer = importer;
        if (previewer == null) {
            chosen.setRunText(getTranslation("kit.upload.run"));
        }
        return this;
    }

    /** Shows errors found outside the panel's own calls (e.g. a required option left empty). */
    public void showErrors(List<ImportError> list) {
        errors.show(list);
    }

    /** After a successful import: ready for the next file. */
    public void done() {
        chosen.clear();
        reset();
    }

    /** The held file, or null. */
    public Upload upload() {
        byte[] content = chosen.content();
        return content == null ? null : Upload.of(chosen.fileName(), content);
    }

    private void run() {
        Upload upload = upload();
        if (upload == null) {
            return;
        }
        errors.clear();
        if (previewer == null) {
            attempt(() -> importer.accept(upload));
            return;
        }
        attempt(() -> show(previewer.apply(upload)));
    }

    private void confirmed() {
        Upload upload = upload();
        if (upload != null) {
            attempt(() -> importer.accept(upload));
        }
    }

    /** Runs a boundary call; a refused import or invalid input is listed here, anything else goes to the handler. */
    private void attempt(Runnable call) {
        try {
            call.run();
        } catch (ImportRejectedException e) {
            hidePreview();
            errors.show(e.errors());
        } catch (InvalidInputException e) {
            hidePreview();
            errors.rows(e.violations().stream().map(v -> new ErrorList.Row(place(v.field()),
                    v.render(this::getTranslation).message())).toList());
        }
    }

    private void show(ImportPreview result) {
        long removed = result.count(ImportPreview.Kind.REMOVE);
        summary.setText(getTranslation(removed > 0 ? "kit.preview.summaryWithRemovals" : "kit.preview.summary",
                result.count(ImportPreview.Kind.CREATE), result.count(ImportPreview.Kind.UPDATE),
                result.count(ImportPreview.Kind.UNCHANGED), removed));
        summary.setVisible(true);
        preview.setItems(result.changes());
        preview.setVisible(!result.changes().isEmpty());
        boolean anything = result.count(ImportPreview.Kind.CREATE) + result.count(ImportPreview.Kind.UPDATE)
                + removed > 0;
        confirm.setVisible(anything);
        confirm.setEnabled(anything);
        cancel.setVisible(true);
        confirm.getParent().ifPresent(p -> p.setVisible(true));
    }

    private void hidePreview() {
        summary.setVisible(false);
        preview.setVisible(false);
        preview.setItems(List.of());
        confirm.setVisible(false);
        cancel.setVisible(false);
        confirm.getParent().ifPresent(p -> p.setVisible(false));
    }

    private void received() {
        reset();
        Upload upload = upload();
        if (upload != null) {
            attempt(() -> chosenListener.accept(upload));
        }
    }

    private void reset() {
        errors.clear();
        hidePreview();
    }

    private void rejected(String reason) {
        errors.rows(List.of(new ErrorList.Row(chosen.fileName() == null ? "" : chosen.fileName(), reason)));
    }

    /** Where an invalid field of an upload is, for the error list: the file itself, or the option's name. */
    private String place(String field) {
        return "file".equals(field) ? Location.of(SharedPlace.FILE).text(this::getTranslation) : field;
    }

    String prefix() {
        return prefix;
    }
}
