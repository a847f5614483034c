-- The files an application carries in its questionnaire's FILE fields (slots): one file a slot, the bytes in the
-- shared file store (by SHA-256), the name the applicant gave kept here (jurors of a blind stage never see it).
CREATE TABLE contest_attachment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    application_id    BIGINT        NOT NULL,
    slot              VARCHAR(60)   NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    content_type      VARCHAR(100)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    uploaded_at       DATETIME(6)   NOT NULL,
    uploaded_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_contest_attachment UNIQUE (application_id, slot),
    CONSTRAINT fk_contest_attachment_application FOREIGN KEY (application_id) REFERENCES contest_application (id)
) DEFAULT CHARSET=utf8mb4;
