-- Contest «Муниципальный лидер» (issue 12): seasons, nominations, stages with criteria, applications with team
-- members and per-stage results, jurors, conflicts of interest, assignments with score sheets, appeals, diplomas.
-- Persons, regions, municipalities, accounts and tests are ids of other contexts (no foreign keys to them).
CREATE TABLE contest_season (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    code              VARCHAR(40)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    season_year       INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    applications_from DATE          NOT NULL,
    applications_until DATE         NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_contest_season_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_nomination (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    season_id         BIGINT        NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    team_min          INT           NULL,
    team_max          INT           NULL,
    min_age           INT           NULL,
    max_age           INT           NULL,
    min_experience    INT           NULL,
    position_groups   VARCHAR(300)  NULL,
    region_codes      VARCHAR(1000) NULL,
    questionnaire     TEXT          NULL,
    CONSTRAINT uq_contest_nomination UNIQUE (season_id, code),
    CONSTRAINT fk_contest_nomination_season FOREIGN KEY (season_id) REFERENCES contest_season (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_stage (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    nomination_id     BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    stage_level       VARCHAR(20)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    opens_on          DATE          NOT NULL,
    closes_on         DATE          NOT NULL,
    pass_rule         VARCHAR(20)   NOT NULL,
    pass_value        DECIMAL(9,3)  NOT NULL,
    method            VARCHAR(20)   NOT NULL,
    jurors_per_application INT      NOT NULL DEFAULT 0,
    blind             BOOLEAN       NOT NULL DEFAULT TRUE,
    test_code         VARCHAR(40)   NULL,
    status            VARCHAR(20)   NOT NULL,
    appeal_days       INT           NOT NULL DEFAULT 0,
    appeal_until      DATE          NULL,
    method_fixed_at   DATETIME(6)   NULL,
    closed_by         VARCHAR(60)   NULL,
    published_on      DATE          NULL,
    CONSTRAINT uq_contest_stage UNIQUE (nomination_id, seq),
    CONSTRAINT fk_contest_stage_nomination FOREIGN KEY (nomination_id) REFERENCES contest_nomination (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_criterion (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    stage_id          BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    weight            DECIMAL(6,3)  NOT NULL,
    max_score         INT           NOT NULL,
    anchor_low        VARCHAR(1000) NULL,
    anchor_mid        VARCHAR(1000) NULL,
    anchor_high       VARCHAR(1000) NULL,
    CONSTRAINT uq_contest_criterion UNIQUE (stage_id, code),
    CONSTRAINT fk_contest_criterion_stage FOREIGN KEY (stage_id) REFERENCES contest_stage (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_application (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    nomination_id     BIGINT        NOT NULL,
    number            VARCHAR(40)   NOT NULL,
    person_id         BIGINT        NOT NULL,
    region_id         BIGINT        NOT NULL,
    municipality_id   BIGINT        NOT NULL,
    team_name         VARCHAR(300)  NULL,
    status            VARCHAR(20)   NOT NULL,
    stage_seq         INT           NOT NULL DEFAULT 1,
    answers           TEXT          NULL,
    eligibility       VARCHAR(2000) NULL,
    consent_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    withdrawn_at      DATETIME(6)   NULL,
    CONSTRAINT uq_contest_application_person UNIQUE (nomination_id, person_id),
    CONSTRAINT uq_contest_application_number UNIQUE (number),
    CONSTRAINT fk_contest_application_nomination FOREIGN KEY (nomination_id) REFERENCES contest_nomination (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_contest_application_person ON contest_application (person_id);

CREATE TABLE contest_member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    application_id    BIGINT        NOT NULL,
    person_id         BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    consent_at        DATETIME(6)   NULL,
    CONSTRAINT uq_contest_member UNIQUE (application_id, person_id),
    CONSTRAINT fk_contest_member_application FOREIGN KEY (application_id) REFERENCES contest_application (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_contest_member_person ON contest_member (person_id);

CREATE TABLE contest_result (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    application_id    BIGINT        NOT NULL,
    stage_id          BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    score             DECIMAL(12,4) NULL,
    place             INT           NULL,
    note              VARCHAR(2000) NULL,
    CONSTRAINT uq_contest_result UNIQUE (application_id, stage_id),
    CONSTRAINT fk_contest_result_application FOREIGN KEY (application_id) REFERENCES contest_application (id),
    CONSTRAINT fk_contest_result_stage FOREIGN KEY (stage_id) REFERENCES contest_stage (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_juror (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    stage_id          BIGINT        NOT NULL,
    region_id         BIGINT        NULL,
    account_id        BIGINT        NOT NULL,
    person_id         BIGINT        NULL,
    chair             BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_contest_juror UNIQUE (stage_id, account_id),
    CONSTRAINT fk_contest_juror_stage FOREIGN KEY (stage_id) REFERENCES contest_stage (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_contest_juror_account ON contest_juror (account_id);

CREATE TABLE contest_conflict (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    juror_id          BIGINT        NOT NULL,
    application_id    BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    statement         VARCHAR(2000) NULL,
    declared_at       DATETIME(6)   NOT NULL,
    decided_by        VARCHAR(60)   NULL,
    CONSTRAINT uq_contest_conflict UNIQUE (juror_id, application_id),
    CONSTRAINT fk_contest_conflict_juror FOREIGN KEY (juror_id) REFERENCES contest_juror (id),
    CONSTRAINT fk_contest_conflict_application FOREIGN KEY (application_id) REFERENCES contest_application (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_assignment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    stage_id          BIGINT        NOT NULL,
    application_id    BIGINT        NOT NULL,
    juror_id          BIGINT        NOT NULL,
    submitted         BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_seq     BIGINT        NULL,
    remark            VARCHAR(2000) NULL,
    CONSTRAINT uq_contest_assignment UNIQUE (juror_id, application_id),
    CONSTRAINT fk_contest_assignment_stage FOREIGN KEY (stage_id) REFERENCES contest_stage (id),
    CONSTRAINT fk_contest_assignment_application FOREIGN KEY (application_id) REFERENCES contest_application (id),
    CONSTRAINT fk_contest_assignment_juror FOREIGN KEY (juror_id) REFERENCES contest_juror (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_contest_assignment_stage ON contest_assignment (stage_id, application_id);

CREATE TABLE contest_score (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    assignment_id     BIGINT        NOT NULL,
    criterion_id      BIGINT        NOT NULL,
    score             INT           NOT NULL,
    CONSTRAINT uq_contest_score UNIQUE (assignment_id, criterion_id),
    CONSTRAINT fk_contest_score_assignment FOREIGN KEY (assignment_id) REFERENCES contest_assignment (id),
    CONSTRAINT fk_contest_score_criterion FOREIGN KEY (criterion_id) REFERENCES contest_criterion (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_appeal (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    application_id    BIGINT        NOT NULL,
    stage_id          BIGINT        NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    decision          VARCHAR(4000) NULL,
    decided_by        VARCHAR(60)   NULL,
    filed_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_contest_appeal_application FOREIGN KEY (application_id) REFERENCES contest_application (id),
    CONSTRAINT fk_contest_appeal_stage FOREIGN KEY (stage_id) REFERENCES contest_stage (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_diploma (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    application_id    BIGINT        NOT NULL,
    stage_id          BIGINT        NOT NULL,
    number            VARCHAR(40)   NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    outcome           VARCHAR(20)   NOT NULL,
    issued_on         DATE          NOT NULL,
    CONSTRAINT uq_contest_diploma_number UNIQUE (number),
    CONSTRAINT uq_contest_diploma_code UNIQUE (code),
    CONSTRAINT uq_contest_diploma UNIQUE (application_id, stage_id)
) DEFAULT CHARSET=utf8mb4;
