-- File store (shared): binary content addressed by its SHA-256, stored once however often it is referenced.
-- The bytes live in shared_file_chunk (256 KB per row, so no value nears MySQL's max_allowed_packet and neither
-- writing nor reading ever holds a whole file in memory), or in a directory when ACADEMY_FILES_DIR is set
-- (storage = 'DIRECTORY', no chunk rows).
CREATE TABLE shared_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    sha256          CHAR(64)     NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    name            VARCHAR(255) NOT NULL,
    storage         VARCHAR(10)  NOT NULL,
    chunk_count     INT          NOT NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_shared_file_sha256 UNIQUE (sha256)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE shared_file_chunk (
    file_id         BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    data            MEDIUMBLOB   NOT NULL,
    CONSTRAINT pk_shared_file_chunk PRIMARY KEY (file_id, seq),
    CONSTRAINT fk_shared_file_chunk_file FOREIGN KEY (file_id) REFERENCES shared_file (id)
) DEFAULT CHARSET=utf8mb4;

-- Assessment: the files a question revision's texts show (images in stems and options), so that who may read a
-- file is decided by who may see the question.
CREATE TABLE assessment_revision_media (
    revision_id     BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    CONSTRAINT pk_assessment_revision_media PRIMARY KEY (revision_id, sha256),
    CONSTRAINT fk_revision_media_revision FOREIGN KEY (revision_id) REFERENCES assessment_question_revision (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_revision_media_sha256 ON assessment_revision_media (sha256);
