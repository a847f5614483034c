-- Identity: persons, accounts, scoped roles and the append-only audit log.

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(20)  NULL,
    last_name       VARCHAR(100) NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    middle_name     VARCHAR(100) NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(40)  NULL,
    municipality_id BIGINT       NOT NULL,
    position_id     BIGINT       NULL,
    consent_given   BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_date    DATE         NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_person_code UNIQUE (code),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_person_position FOREIGN KEY (position_id) REFERENCES job_position (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_person_last_name ON person (last_name);

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    username        VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    person_id       BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    last_login_at   DATETIME(6)  NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE role_grant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    account_id      BIGINT       NOT NULL,
    role_name       VARCHAR(30)  NOT NULL,
    scope_type      VARCHAR(20)  NOT NULL,
    region_id       BIGINT       NULL,
    municipality_id BIGINT       NULL,
    CONSTRAINT fk_role_grant_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_grant_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_role_grant_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) DEFAULT CHARSET=utf8mb4;

-- Append-only: the application only ever inserts; the id orders events (timestamps may lose sub-seconds).
CREATE TABLE audit_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(60)  NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    outcome         VARCHAR(10)  NOT NULL,
    target_type     VARCHAR(40)  NULL,
    target_id       VARCHAR(60)  NULL,
    detail          VARCHAR(1000) NULL,
    remote_address  VARCHAR(64)  NULL
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_event_actor ON audit_event (actor);
CREATE INDEX ix_audit_event_action ON audit_event (action);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
