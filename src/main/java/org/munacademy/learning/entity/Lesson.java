package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * A lesson of a module: its kind ({@link LessonKind}) decides which content it holds, and whether it is required for
 * completing the programme. Its id is stable (progress, SCORM runtime data and links refer to it). Changed only
 * through its programme.
 */
@Entity
@Table(name = "learning_lesson")
public class Lesson extends BaseEntity implements Programme.Ordered {

    /** The longest Markdown body of a text lesson, in characters (the column is a MEDIUMTEXT). */
    public static final int BODY_MAX = 200_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private CourseModule module;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LessonKind kind;

    @Column(nullable = false)
    private boolean mandatory;

    private String body;

    @Column(name = "file_sha256")
    private String fileSha256;

    @Column(name = "video_url")
    private String videoUrl;

    /** The SCORM package (filled in by the SCORM part; until then a SCORM lesson is incomplete). */
    @Column(name = "scorm_package_id")
    private Long scormPackageId;

    @Column(name = "test_code")
    private String testCode;

    protected Lesson() {
    }

    Lesson(CourseModule module, int sortOrder) {
        this.module = module;
        this.sortOrder = sortOrder;
    }

    /**
     * Takes the title, kind, whether it is required and the content its kind needs; the content of other kinds is
     * dropped. The boundary has checked what only other contexts know (the file is stored, the test exists).
     *
     * @throws InvalidInputException naming the content field when the kind's content is missing or malformed
     */
    void apply(LessonData data) {
        LessonKind newKind = data.getKind();
        String newBody = null;
        String newFile = null;
        String newVideo = null;
        String newTest = null;
        switch (newKind) {
            case TEXT -> newBody = required(data.getBody(), newKind);
            case FILE -> {
                newFile = required(data.getFileSha256(), newKind).toLowerCase(java.util.Locale.ROOT);
                if (!FileRefs.isSha256(newFile)) {
                    throw new InvalidInputException(newKind.contentField(), LearningError.FILE_NOT_STORED);
                }
            }
            case VIDEO -> newVideo = VideoLink.require(required(data.getVideoUrl(), newKind));
            case CHECK -> newTest = required(data.getTestCode(), newKind).strip();
            case SCORM -> {
                // the package comes with the SCORM upload; the id is kept while the lesson stays a SCORM lesson
            }
            default -> throw new IllegalStateException(newKind.name());
        }
        if (newKind != LessonKind.SCORM) {
            this.scormPackageId = null;
        }
        this.kind = newKind;
        this.title = data.getTitle().strip();
        this.mandatory = data.isMandatory();
        this.body = newBody;
        this.fileSha256 = newFile;
        this.videoUrl = newVideo;
        this.testCode = newTest;
    }

    /** The SCORM package this (SCORM) lesson opens; the programme checks kind and life cycle. */
    void attachScormPackage(long packageId) {
        this.scormPackageId = packageId;
    }

    private static String required(String value, LessonKind kind) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(kind.contentField(), LearningError.LESSON_CONTENT_MISSING, kind.name());
        }
        return value;
    }

    /** Whether the lesson has the content its kind needs (a programme is published only when all have). */
    public boolean isComplete() {
        return switch (kind) {
            case TEXT -> body != null && !body.isBlank();
            case FILE -> fileSha256 != null;
            case VIDEO -> videoUrl != null;
            case SCORM -> scormPackageId != null;
            case CHECK -> testCode != null;
        };
    }

    /** The lesson as the editor's input, to change it. */
    public LessonData toData() {
        LessonData d = new LessonData();
        d.setTitle(title);
        d.setKind(kind);
        d.setMandatory(mandatory);
        d.setBody(body);
        d.setFileSha256(fileSha256);
        d.setVideoUrl(videoUrl);
        d.setTestCode(testCode);
        return d;
    }

    @Override
    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public CourseModule getModule() {
        return module;
    }

    /** The lesson's number within its module, from 1. */
    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String getBody() {
        return body;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public Long getScormPackageId() {
        return scormPackageId;
    }

    public String getTestCode() {
        return testCode;
    }
}
