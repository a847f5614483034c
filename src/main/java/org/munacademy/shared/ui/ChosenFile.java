package org.munacademy.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;

/**
 * A file chosen for an import and held in memory until the user runs the import: the upload field, the run button
 * (enabled while a file is held) and the file's name. Import panels add their own fields around it.
 */
public class ChosenFile extends HorizontalLayout {

    private final Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(
            metadata.fileName(), bytes)));
    private final Button run = new Button();
    private final Span file = new Span();
    private final Runnable onReceived;
    private String fileName;
    private byte[] content;

    /**
     * @param ids        element ids of the upload, the run button and the file name (for browser tests)
     * @param labels     translation keys of the drop label, the choose button and the run button
     * @param onReceived runs when a file arrived (e.g. to clear earlier errors)
     * @param onRun      runs when the user asks to import the held file
     * @param onRejected gets the reason when the upload refused a file (type, size)
     */
    public ChosenFile(String[] ids, String[] labels, int maxBytes, String[] acceptedTypes, Runnable onReceived,
            Runnable onRun, Consumer<String> onRejected) {
        this.onReceived = onReceived;
        upload.setId(ids[0]);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setDropLabel(new Span(getTranslation(labels[0])));
        upload.setUploadButton(new Button(getTranslation(labels[1]), VaadinIcon.FILE_O.create()));
        upload.addFileRejectedListener(e -> onRejected.accept(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> forget());
        run.setText(getTranslation(labels[2]));
        run.setId(ids[1]);
        run.setIcon(VaadinIcon.UPLOAD.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.addClickListener(e -> {
            if (content != null) {
                onRun.run();
            }
        });
        file.setId(ids[2]);
        add(upload, run, file);
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    /** Runs under the UI lock (the in-memory handler calls back through {@code UI.access}). */
    private void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        file.setText(name);
        run.setEnabled(true);
        onReceived.run();
    }

    private void forget() {
        fileName = null;
        content = null;
        file.setText("");
        run.setEnabled(false);
    }

    /** Changes the run button's text (an upload panel runs a preview or the import). */
    public void setRunText(String text) {
        run.setText(text);
    }

    /** After a successful import: ready for the next file. */
    public void clear() {
        upload.clearFileList();
        forget();
    }

    /** The held file's name, or null. */
    public String fileName() {
        return fileName;
    }

    /** The held file's bytes, or null. */
    public byte[] content() {
        return content;
    }
}
