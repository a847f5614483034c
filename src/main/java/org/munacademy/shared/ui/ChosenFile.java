package org.munacademy.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A file chosen for an import and held until the user runs the import: the upload field, the run button (enabled
 * while a file is held) and the file's name. Import panels add their own fields around it.
 * <p>
 * The browser's upload is written to a temporary file, not kept in the session: a user who chose a 50 MB package
 * and went for coffee holds a path, not 50 MB of heap. The bytes are read only when the import runs; the file is
 * deleted when it is removed or replaced, after a successful import and when the view goes away.
 */
public class ChosenFile extends HorizontalLayout {

    // a temporary file of our own: Vaadin's toTempFile leaves an empty temporary directory behind for every upload
    private final Upload upload = new Upload(UploadHandler.toFile((metadata, temp) -> received(
            metadata.fileName(), temp.toPath()),
            metadata -> Files.createTempFile("academy-upload-", ".part").toFile()));
    private final Button run = new Button();
    private final Span file = new Span();
    private final Runnable onReceived;
    private String fileName;
    private Path spooled;

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
            if (spooled != null) {
                onRun.run();
            }
        });
        file.setId(ids[2]);
        add(upload, run, file);
        addDetachListener(e -> forget());
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    /** Runs under the UI lock (the upload handler calls back through {@code UI.access}). */
    private void received(String name, Path temp) {
        delete();
        fileName = name;
        spooled = temp;
        file.setText(name);
        run.setEnabled(true);
        onReceived.run();
    }

    private void forget() {
        delete();
        fileName = null;
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

    /** The held file's bytes (read now from the temporary file), or null. */
    public byte[] content() {
        if (spooled == null) {
            return null;
        }
        try {
            return Files.readAllBytes(spooled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete() {
        if (spooled != null) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException e) {
                // a temporary file the system cleans up later
            }
            spooled = null;
        }
    }
}
