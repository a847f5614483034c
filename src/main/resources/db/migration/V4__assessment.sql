-- Assessment: versioned item bank, tests with blueprints, attempts with per-answer autosave, results.

CREATE TABLE assessment_question (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(60)  NOT NULL,
    standard_code   VARCHAR(40)  NOT NULL,
    competency_code VARCHAR(40)  NOT NULL,
    level_no        INT          NOT NULL,
    difficulty      VARCHAR(10)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    type            VARCHAR(20)  NOT NULL,
    stem_preview    VARCHAR(500) NOT NULL,
    current_revision_no INT      NOT NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_assessment_question_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_assessment_question_pool ON assessment_question (competency_code, level_no, status);

CREATE TABLE assessment_question_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    question_id     BIGINT       NOT NULL,
    revision_no     INT          NOT NULL,
    type            VARCHAR(20)  NOT NULL,
    content         MEDIUMTEXT   NOT NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_question_revision UNIQUE (question_id, revision_no),
    CONSTRAINT fk_question_revision_question FOREIGN KEY (question_id) REFERENCES assessment_question (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_test (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(60)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    description     VARCHAR(2000) NULL,
    standard_code   VARCHAR(40)  NOT NULL,
    position_group_code VARCHAR(40) NULL,
    status          VARCHAR(20)  NOT NULL,
    time_limit_seconds INT       NOT NULL,
    opens_at        DATETIME(6)  NULL,
    closes_at       DATETIME(6)  NULL,
    attempts_allowed INT         NOT NULL,
    shuffle_questions BOOLEAN    NOT NULL,
    shuffle_options BOOLEAN      NOT NULL,
    one_per_page    BOOLEAN      NOT NULL,
    review          VARCHAR(30)  NOT NULL,
    open_for_self   BOOLEAN      NOT NULL,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_assessment_test_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_blueprint_rule (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    test_id         BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    competency_code VARCHAR(40)  NOT NULL,
    level_no        INT          NULL,
    item_count      INT          NOT NULL,
    CONSTRAINT fk_blueprint_rule_test FOREIGN KEY (test_id) REFERENCES assessment_test (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_cut_score (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    test_id         BIGINT       NOT NULL,
    competency_code VARCHAR(40)  NULL,
    level_no        INT          NOT NULL,
    min_percent     DECIMAL(5,2) NOT NULL,
    CONSTRAINT fk_cut_score_test FOREIGN KEY (test_id) REFERENCES assessment_test (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_accommodation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    test_id         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    extra_minutes   INT          NOT NULL,
    CONSTRAINT uq_accommodation UNIQUE (test_id, person_id),
    CONSTRAINT fk_accommodation_test FOREIGN KEY (test_id) REFERENCES assessment_test (id),
    CONSTRAINT fk_accommodation_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_assignment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    test_id         BIGINT       NOT NULL,
    target_type     VARCHAR(20)  NOT NULL,
    person_id       BIGINT       NULL,
    municipality_id BIGINT       NULL,
    region_id       BIGINT       NULL,
    due_date        DATE         NULL,
    assigned_by     VARCHAR(60)  NULL,
    assigned_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_assignment_test FOREIGN KEY (test_id) REFERENCES assessment_test (id),
    CONSTRAINT fk_assignment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_assignment_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_assignment_region FOREIGN KEY (region_id) REFERENCES region (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment_attempt (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    test_id         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    attempt_no      INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    seq             BIGINT       NOT NULL DEFAULT 0,
    started_at      DATETIME(6)  NOT NULL,
    deadline_at     DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6)  NULL,
    closed_by       VARCHAR(20)  NULL,
    percent         DECIMAL(6,2) NULL,
    CONSTRAINT uq_attempt_no UNIQUE (test_id, person_id, attempt_no),
    CONSTRAINT fk_attempt_test FOREIGN KEY (test_id) REFERENCES assessment_test (id),
    CONSTRAINT fk_attempt_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_attempt_open ON assessment_attempt (status, deadline_at);
CREATE INDEX ix_attempt_person ON assessment_attempt (person_id, test_id);

CREATE TABLE assessment_attempt_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    attempt_id      BIGINT       NOT NULL,
    slot            INT          NOT NULL,
    question_id     BIGINT       NOT NULL,
    revision_id     BIGINT       NOT NULL,
    competency_code VARCHAR(40)  NOT NULL,
    level_no        INT          NOT NULL,
    presentation    VARCHAR(200) NOT NULL,
    response        VARCHAR(4000) NULL,
    answer_seq      BIGINT       NULL,
    answered_at     DATETIME(6)  NULL,
    score           DECIMAL(8,6) NULL,
    CONSTRAINT uq_attempt_item_slot UNIQUE (attempt_id, slot),
    CONSTRAINT fk_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES assessment_attempt (id),
    CONSTRAINT fk_attempt_item_question FOREIGN KEY (question_id) REFERENCES assessment_question (id),
    CONSTRAINT fk_attempt_item_revision FOREIGN KEY (revision_id) REFERENCES assessment_question_revision (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_attempt_item_question ON assessment_attempt_item (question_id);

CREATE TABLE assessment_result (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    attempt_id      BIGINT       NOT NULL,
    competency_code VARCHAR(40)  NOT NULL,
    items           INT          NOT NULL,
    points          DECIMAL(10,4) NOT NULL,
    percent         DECIMAL(6,2) NOT NULL,
    level_no        INT          NOT NULL,
    percent_low     DECIMAL(6,2) NOT NULL,
    percent_high    DECIMAL(6,2) NOT NULL,
    level_low       INT          NOT NULL,
    level_high      INT          NOT NULL,
    CONSTRAINT uq_result UNIQUE (attempt_id, competency_code),
    CONSTRAINT fk_result_attempt FOREIGN KEY (attempt_id) REFERENCES assessment_attempt (id)
) DEFAULT CHARSET=utf8mb4;
