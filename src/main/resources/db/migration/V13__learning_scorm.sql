-- Learning, SCORM 1.2: an uploaded package (its manifest's title and launch file) with every file of it stored in
-- the shared file store by SHA-256 (learning_scorm_entry: path inside the package -> content address), and one
-- attempt per person and lesson holding the cmi.core data model the player commits (resumable; one launch token at a
-- time). Times are kept in hundredths of a second as SCORM counts them; no ordering by time anywhere.

CREATE TABLE learning_scorm_package (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    title           VARCHAR(300) NOT NULL,
    launch_path     VARCHAR(500) NOT NULL,
    file_count      INT          NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE learning_scorm_entry (
    package_id      BIGINT       NOT NULL,
    entry_path      VARCHAR(500) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    CONSTRAINT pk_learning_scorm_entry PRIMARY KEY (package_id, entry_path),
    CONSTRAINT fk_learning_scorm_entry_package FOREIGN KEY (package_id) REFERENCES learning_scorm_package (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_scorm_entry_sha256 ON learning_scorm_entry (sha256);

CREATE TABLE learning_scorm_attempt (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    lesson_id       BIGINT       NOT NULL,
    package_id      BIGINT       NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    launch_token    CHAR(43)     NOT NULL,
    sessions        INT          NOT NULL,
    lesson_status   VARCHAR(20)  NOT NULL,
    lesson_location VARCHAR(255) NULL,
    suspend_data    VARCHAR(4096) NULL,
    score_raw       DOUBLE       NULL,
    score_min       DOUBLE       NULL,
    score_max       DOUBLE       NULL,
    exit_mode       VARCHAR(20)  NULL,
    entry_mode      VARCHAR(20)  NOT NULL,
    finished        BOOLEAN      NOT NULL,
    total_time_cs   BIGINT       NOT NULL,
    session_time_cs BIGINT       NOT NULL,
    completed_at    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_learning_scorm_attempt UNIQUE (lesson_id, username),
    CONSTRAINT uq_learning_scorm_attempt_token UNIQUE (launch_token),
    CONSTRAINT fk_learning_scorm_attempt_package FOREIGN KEY (package_id) REFERENCES learning_scorm_package (id),
    CONSTRAINT fk_learning_scorm_attempt_lesson FOREIGN KEY (lesson_id) REFERENCES learning_lesson (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_scorm_attempt_user ON learning_scorm_attempt (username);
