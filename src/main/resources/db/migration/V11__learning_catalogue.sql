-- Learning: providers (universities, training centres), programmes of additional professional education with the
-- competencies they develop and their prerequisites, and each programme's course: ordered modules of ordered lessons.
-- Other contexts are referred to by code or id, never by a foreign key into their tables: a region by its id
-- (organisation), competencies by standard and competency code (competency), a module check by the assessment test's
-- code, a SCORM package by id (filled in by the SCORM part), a file by its SHA-256 (the shared file store).

CREATE TABLE learning_provider (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(60)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    short_name      VARCHAR(100) NOT NULL,
    inn             VARCHAR(12)  NOT NULL,
    licence_number  VARCHAR(60)  NULL,
    licence_date    DATE         NULL,
    region_id       BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_learning_provider_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE learning_programme (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(60)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    study_format    VARCHAR(20)  NOT NULL,
    distance_learning BOOLEAN    NOT NULL,
    hours           INT          NOT NULL,
    provider_id     BIGINT       NOT NULL,
    description     VARCHAR(8000) NULL,
    standard_code   VARCHAR(40)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    published_at    DATETIME(6)  NULL,
    archived_at     DATETIME(6)  NULL,
    CONSTRAINT uq_learning_programme_code UNIQUE (code),
    CONSTRAINT fk_learning_programme_provider FOREIGN KEY (provider_id) REFERENCES learning_provider (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_programme_status ON learning_programme (status, title);

-- The competencies a programme develops, each to a target level of the standard's scale.
CREATE TABLE learning_programme_competency (
    programme_id    BIGINT       NOT NULL,
    competency_code VARCHAR(40)  NOT NULL,
    target_level    INT          NOT NULL,
    CONSTRAINT pk_learning_programme_competency PRIMARY KEY (programme_id, competency_code),
    CONSTRAINT fk_learning_competency_programme FOREIGN KEY (programme_id) REFERENCES learning_programme (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_programme_competency ON learning_programme_competency (competency_code);

-- What a participant should bring: a position group, a current level in a competency (min_level), or another
-- programme completed before.
CREATE TABLE learning_programme_prerequisite (
    programme_id    BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    ref_code        VARCHAR(60)  NOT NULL,
    min_level       INT          NULL,
    CONSTRAINT pk_learning_programme_prerequisite PRIMARY KEY (programme_id, sort_order),
    CONSTRAINT fk_learning_prerequisite_programme FOREIGN KEY (programme_id) REFERENCES learning_programme (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE learning_module (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    programme_id    BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    title           VARCHAR(300) NOT NULL,
    CONSTRAINT fk_learning_module_programme FOREIGN KEY (programme_id) REFERENCES learning_programme (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_module_programme ON learning_module (programme_id, sort_order);

-- A lesson: its kind says which content column it uses (TEXT body in Markdown, FILE file_sha256, VIDEO video_url,
-- SCORM scorm_package_id, CHECK test_code).
CREATE TABLE learning_lesson (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    module_id       BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    title           VARCHAR(300) NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    mandatory       BOOLEAN      NOT NULL,
    body            MEDIUMTEXT   NULL,
    file_sha256     CHAR(64)     NULL,
    video_url       VARCHAR(1000) NULL,
    scorm_package_id BIGINT      NULL,
    test_code       VARCHAR(60)  NULL,
    CONSTRAINT fk_learning_lesson_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_lesson_module ON learning_lesson (module_id, sort_order);
CREATE INDEX ix_learning_lesson_file ON learning_lesson (file_sha256);
