-- Competency: versioned standards, required profiles per position group/position, and the evidence store.

CREATE TABLE competency_standard (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(40)  NOT NULL,
    title           VARCHAR(500) NOT NULL,
    source_ref      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_competency_standard_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE standard_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    standard_id     BIGINT       NOT NULL,
    number          INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    title           VARCHAR(500) NOT NULL,
    effective_date  DATE         NULL,
    case_id         VARCHAR(36)  NOT NULL,
    based_on_id     BIGINT       NULL,
    change_note     VARCHAR(1000) NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    published_at    DATETIME(6)  NULL,
    retired_at      DATETIME(6)  NULL,
    CONSTRAINT uq_standard_version_number UNIQUE (standard_id, number),
    CONSTRAINT fk_standard_version_standard FOREIGN KEY (standard_id) REFERENCES competency_standard (id),
    CONSTRAINT fk_standard_version_based_on FOREIGN KEY (based_on_id) REFERENCES standard_version (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE proficiency_level (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    standard_version_id BIGINT   NOT NULL,
    level_no        INT          NOT NULL,
    name            VARCHAR(100) NOT NULL,
    descriptor      VARCHAR(2000) NOT NULL,
    case_id         VARCHAR(36)  NOT NULL,
    CONSTRAINT uq_proficiency_level UNIQUE (standard_version_id, level_no),
    CONSTRAINT fk_proficiency_level_version FOREIGN KEY (standard_version_id) REFERENCES standard_version (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE competency_area (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    standard_version_id BIGINT   NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    description     VARCHAR(2000) NULL,
    sort_order      INT          NOT NULL,
    case_id         VARCHAR(36)  NOT NULL,
    CONSTRAINT uq_competency_area UNIQUE (standard_version_id, code),
    CONSTRAINT fk_competency_area_version FOREIGN KEY (standard_version_id) REFERENCES standard_version (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE competency (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    standard_version_id BIGINT   NOT NULL,
    area_id         BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    description     VARCHAR(2000) NULL,
    competency_kind VARCHAR(20)  NOT NULL,
    sort_order      INT          NOT NULL,
    case_id         VARCHAR(36)  NOT NULL,
    replaces_case_id VARCHAR(36) NULL,
    CONSTRAINT uq_competency UNIQUE (standard_version_id, code),
    CONSTRAINT fk_competency_version FOREIGN KEY (standard_version_id) REFERENCES standard_version (id),
    CONSTRAINT fk_competency_area FOREIGN KEY (area_id) REFERENCES competency_area (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE behavioural_indicator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    competency_id   BIGINT       NOT NULL,
    level_no        INT          NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    sort_order      INT          NOT NULL,
    CONSTRAINT fk_behavioural_indicator_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE competency_requirement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    standard_version_id BIGINT   NOT NULL,
    position_group_id BIGINT     NOT NULL,
    position_id     BIGINT       NULL,
    competency_code VARCHAR(40)  NOT NULL,
    min_level       INT          NOT NULL,
    target_level    INT          NOT NULL,
    weight          INT          NOT NULL,
    CONSTRAINT fk_requirement_version FOREIGN KEY (standard_version_id) REFERENCES standard_version (id),
    CONSTRAINT fk_requirement_group FOREIGN KEY (position_group_id) REFERENCES position_group (id),
    CONSTRAINT fk_requirement_position FOREIGN KEY (position_id) REFERENCES job_position (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_requirement_version_group ON competency_requirement (standard_version_id, position_group_id);

CREATE TABLE competency_evidence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    person_id       BIGINT       NOT NULL,
    standard_code   VARCHAR(40)  NOT NULL,
    competency_code VARCHAR(40)  NOT NULL,
    level_no        INT          NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    observed_on     DATE         NOT NULL,
    expires_on      DATE         NULL,
    reference       VARCHAR(500) NULL,
    recorded_by     VARCHAR(60)  NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_evidence_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_evidence_person ON competency_evidence (person_id, standard_code);
