package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A lesson as a methodologist enters it: title, kind, whether it is required, and the content its kind needs (the
 * others are ignored): a Markdown {@code body}, the SHA-256 of a stored file, a https {@code videoUrl}, or the code of
 * an assessment test. The kind's needs are checked by the entity, stored files and tests by the boundary.
 */
public class LessonData {

    @NotBlank(message = "{learning.title.required}")
    @Size(max = FieldLimits.LEARNING_TITLE, message = "{learning.title.size}")
    private String title;

    @NotNull(message = "{learning.lessonKind.required}")
    private LessonKind kind;

    private boolean mandatory = true;

    @Size(max = Lesson.BODY_MAX, message = "{learning.body.size}")
    private String body;

    @Size(max = 64, message = "{learning.file.format}")
    private String fileSha256;

    @Size(max = FieldLimits.VIDEO_URL, message = "{learning.videoUrl.size}")
    private String videoUrl;

    @Size(max = FieldLimits.ASSESSMENT_CODE, message = "{learning.testCode.size}")
    private String testCode;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public void setFileSha256(String fileSha256) {
        this.fileSha256 = fileSha256;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public String getTestCode() {
        return testCode;
    }

    public void setTestCode(String testCode) {
        this.testCode = testCode;
    }
}
