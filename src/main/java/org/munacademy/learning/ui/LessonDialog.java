package org.munacademy.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.function.BiFunction;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.ui.Messages;

/**
 * A lesson as a methodologist edits it: title, kind, whether it is required, and the one content field its kind needs
 * (Markdown text, a file uploaded at once to the store, a https video link, an assessment test for a module check; a
 * SCORM package comes with the SCORM upload). Bound to {@link LessonData} with Bean Validation; hands the data to the
 * view to save and shows the errors the service finds.
 */
class LessonDialog extends Dialog {

    final TextField title = new TextField();
    final Select<LessonKind> kind = new Select<>();
    final Checkbox mandatory = new Checkbox();
    final TextArea body = new TextArea();
    final TextField videoUrl = new TextField();
    final ComboBox<TestRow> test = new ComboBox<>();
    private final Span file = new Span();
    private final Span scorm = new Span();
    private final Div scormArea = new Div(scorm);
    private final Span problems = new Span();
    private final Upload upload;
    private final BeanValidationBinder<LessonData> binder = new BeanValidationBinder<>(LessonData.class);
    private final LessonData data;

    /**
     * @param store  stores an uploaded file (stream, name) and answers it
     * @param onSave saves the data; answers whether it was saved (the dialog then closes) or shows errors
     */
    LessonDialog(LessonData lesson, boolean isNew, boolean outlineFrozen, List<TestRow> tests,
            BiFunction<InputStream, String, FileInfo> store, SaveHandler onSave) {
        this.data = lesson;
        setId("lesson-dialog");
        setHeaderTitle(getTranslation(isNew ? "learning.editor.newLesson" : "learning.editor.editLesson"));
        setWidth("48em");

        title.setLabel(getTranslation("learning.lesson.title"));
        title.setId("lesson-title-field");
        title.setMaxLength(FieldLimits.LEARNING_TITLE);
        title.setWidthFull();
        kind.setLabel(getTranslation("learning.lesson.kind"));
        kind.setId("lesson-kind");
        kind.setItems(LessonKind.values());
        kind.setItemLabelGenerator(k -> LearningLabels.of(this, k));
        kind.setReadOnly(outlineFrozen);
        mandatory.setLabel(getTranslation("learning.lesson.mandatory"));
        mandatory.setId("lesson-mandatory");
        mandatory.setReadOnly(outlineFrozen);
        body.setLabel(getTranslation("learning.lesson.body"));
        body.setId("lesson-body-field");
        body.setHelperText(getTranslation("learning.editor.markdownHelp"));
        body.setWidthFull();
        body.setMinHeight("16em");
        videoUrl.setLabel(getTranslation("learning.lesson.videoUrl"));
        videoUrl.setId("lesson-video-url");
        videoUrl.setMaxLength(FieldLimits.VIDEO_URL);
        videoUrl.setPlaceholder("https://");
        videoUrl.setWidthFull();
        test.setLabel(getTranslation("learning.lesson.test"));
        test.setId("lesson-test");
        test.setItems(tests);
        test.setItemLabelGenerator(t -> t.code() + " — " + t.title());
        test.setWidthFull();
        file.setId("lesson-file-name");
        scorm.setText(getTranslation("learning.editor.scormLater"));
        scorm.addClassNames(LumoUtility.TextColor.SECONDARY);
        problems.setId("lesson-problems");
        problems.addClassNames(LumoUtility.TextColor.ERROR);

        upload = new Upload(UploadHandler.toTempFile((metadata, temp) -> {
            try (InputStream in = Files.newInputStream(temp.toPath())) {
                FileInfo stored = store.apply(in, metadata.fileName());
                data.setFileSha256(stored.sha256());
                showFile(stored.downloadName());
                problems.setText("");
            } catch (BusinessException e) {
                problems.setText(Messages.of(this, e));
            } finally {
                Files.deleteIfExists(temp.toPath());
            }
        }));
        upload.setId("lesson-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", ".pdf",
                ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("learning.editor.chooseFile"), VaadinIcon.FILE_O.create()));
        upload.addSucceededListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> problems.setText(e.getErrorMessage()));

        binder.forField(title).bind("title");
        binder.forField(kind).bind("kind");
        binder.forField(mandatory).bind("mandatory");
        binder.forField(body).bind("body");
        binder.forField(videoUrl).bind("videoUrl");
        binder.readBean(lesson);
        test.setValue(tests.stream().filter(t -> t.code().equals(lesson.getTestCode())).findFirst().orElse(null));
        showFile(lesson.getFileSha256() == null ? "" : getTranslation("learning.editor.fileKept"));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        showFieldsOf(lesson.getKind());

        FormLayout form = new FormLayout(title, kind, mandatory, body, videoUrl, test, new Div(upload, file), scormArea,
                problems);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setColspan(videoUrl, 2);
        form.setColspan(test, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        Button save = new Button(getTranslation("common.save"), e -> {
            problems.setText("");
            if (binder.writeBeanIfValid(data)) {
                data.setTestCode(test.getValue() == null ? null : test.getValue().code());
                if (onSave.save(data, this)) {
                    close();
                }
            }
        });
        save.setId("lesson-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("lesson-cancel");
        getFooter().add(cancel, save);
    }

    /** Offers the upload of the lesson's SCORM package in place of the note that it comes later. */
    LessonDialog offerScorm(ScormUploadField field) {
        scorm.setVisible(false);
        scormArea.add(field);
        return this;
    }

    /** Saves the lesson; answers whether it was saved. */
    interface SaveHandler {
        boolean save(LessonData data, LessonDialog dialog);
    }

    private void showFile(String name) {
        file.setText(name == null || name.isEmpty() ? "" : getTranslation("learning.editor.file", name));
    }

    private void showFieldsOf(LessonKind k) {
        body.setVisible(k == LessonKind.TEXT);
        videoUrl.setVisible(k == LessonKind.VIDEO);
        test.setVisible(k == LessonKind.CHECK);
        upload.setVisible(k == LessonKind.FILE);
        file.setVisible(k == LessonKind.FILE);
        scormArea.setVisible(k == LessonKind.SCORM);
    }

    /** Shows the errors the service found on the fields they name, the rest below the form. */
    void showErrors(List<FieldError> errors) {
        StringBuilder other = new StringBuilder();
        for (FieldError error : errors) {
            HasValidation field = switch (error.field()) {
                case "title" -> title;
                case "kind" -> kind;
                case "body" -> body;
                case "videoUrl" -> videoUrl;
                case "testCode" -> test;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                other.append(other.isEmpty() ? "" : "; ").append(error.message());
            }
        }
        problems.setText(other.toString());
    }

    /** Shows a failure that names no field. */
    void showProblem(String text) {
        problems.setText(text);
    }
}
