package org.munacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Function;
import org.munacademy.learning.boundary.ScormFacade;
import org.munacademy.learning.entity.ScormPackageRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.ui.ErrorList;
import org.munacademy.shared.ui.Messages;

/**
 * The SCORM package of a lesson in the lesson dialog (a SCORM lesson of a draft): a zip read with the package limit
 * while it streams in, handed to the view, which uploads and attaches it; a refused package lists every problem.
 */
class ScormUploadField extends Div {

    private final Span result = new Span();
    private final ErrorList errors = new ErrorList("scorm-upload-errors");

    ScormUploadField(String current, Function<org.munacademy.shared.boundary.Upload, ScormPackageRow> attach) {
        setId("scorm-upload-field");
        result.setId("scorm-upload-result");
        result.addClassNames(LumoUtility.TextColor.SECONDARY);
        if (current != null) {
            result.setText(getTranslation("learning.scorm.package", current));
        }
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, temp) -> {
            try (InputStream in = Files.newInputStream(temp.toPath())) {
                ScormPackageRow row = attach.apply(org.munacademy.shared.boundary.Upload.read(metadata.fileName(), in,
                        ScormFacade.MAX_ZIP_BYTES));
                errors.clear();
                result.setText(getTranslation("learning.scorm.uploaded", row.title(), row.fileCount(),
                        row.launchPath()));
            } catch (ImportRejectedException e) {
                result.setText(getTranslation("learning.scorm.rejected"));
                errors.show(e.errors());
            } catch (BusinessException e) {
                errors.clear();
                result.setText(Messages.of(this, e));
            } finally {
                Files.deleteIfExists(temp.toPath());
            }
        }));
        upload.setId("scorm-upload");
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("learning.scorm.upload"), VaadinIcon.PACKAGE.create()));
        upload.addSucceededListener(e -> upload.clearFileList());
        add(upload, result, errors);
    }
}
