-- Organisation: where municipal employees work. Kept to the SQL subset shared by MySQL 8 / MariaDB 10.11 and
-- H2 in MODE=MySQL (BIGINT AUTO_INCREMENT, DATETIME(6), utf8mb4), so one migration set serves both.

CREATE TABLE region (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(2)   NOT NULL,
    oktmo           VARCHAR(3)   NOT NULL,
    iso_code        VARCHAR(10)  NOT NULL,
    name            VARCHAR(120) NOT NULL,
    region_type     VARCHAR(30)  NOT NULL,
    federal_district VARCHAR(40) NOT NULL,
    CONSTRAINT uq_region_code UNIQUE (code),
    CONSTRAINT uq_region_oktmo UNIQUE (oktmo)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE municipality (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    oktmo           VARCHAR(11)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    municipality_type VARCHAR(30) NOT NULL,
    region_id       BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    population      DECIMAL(10,1) NULL,
    CONSTRAINT uq_municipality_oktmo UNIQUE (oktmo),
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_municipality_parent FOREIGN KEY (parent_id) REFERENCES municipality (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_municipality_name ON municipality (name);
CREATE INDEX ix_municipality_type ON municipality (municipality_type);

CREATE TABLE government_body (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    body_kind       VARCHAR(30)  NOT NULL,
    municipality_id BIGINT       NOT NULL,
    CONSTRAINT uq_government_body_code UNIQUE (code),
    CONSTRAINT fk_government_body_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE position_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(40)  NOT NULL,
    name_ru         VARCHAR(255) NOT NULL,
    name_en         VARCHAR(255) NOT NULL,
    group_kind      VARCHAR(30)  NOT NULL,
    sort_order      INT          NOT NULL,
    CONSTRAINT uq_position_group_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE job_position (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    position_group_id BIGINT     NOT NULL,
    CONSTRAINT uq_job_position_code UNIQUE (code),
    CONSTRAINT fk_job_position_group FOREIGN KEY (position_group_id) REFERENCES position_group (id)
) DEFAULT CHARSET=utf8mb4;
