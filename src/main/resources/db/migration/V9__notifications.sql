-- Notifications: the in-app list, the transactional outbox of mail, password-reset tokens.

-- The in-app list of one account (by user name, the caller's principal). Template key and arguments, rendered in
-- the reader's language when shown.
CREATE TABLE notification (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    recipient       VARCHAR(60)   NOT NULL,
    template        VARCHAR(80)   NOT NULL,
    args            VARCHAR(2000) NULL,
    link            VARCHAR(300)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    read_at         DATETIME(6)   NULL
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);

-- Mail written in the business transaction and sent by a job. A node claims a row by a conditional UPDATE of
-- claimed_by/claimed_until (a lease), sends it and marks it SENT; a failure is retried with exponential back-off
-- (next_attempt_at) until FAILED. Rows are ordered by id, never by time.
CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    recipient_email VARCHAR(254)  NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    template        VARCHAR(80)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    body_sensitive  BOOLEAN       NOT NULL DEFAULT FALSE,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(80)   NULL,
    claimed_until   DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);

-- The language an account reads in (set by the language switch); mail goes out in it. NULL = Russian.
ALTER TABLE account ADD COLUMN language VARCHAR(5) NULL;

-- "Forgot password": a single-use token, stored only as its SHA-256 hash, valid for a short while.
CREATE TABLE password_reset_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    account_id      BIGINT        NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    used_at         DATETIME(6)   NULL,
    CONSTRAINT uq_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

-- The "deadline in 3 days" reminder of an assignment is sent once: the job claims it by a conditional UPDATE.
ALTER TABLE assessment_assignment ADD COLUMN due_reminder_sent BOOLEAN NOT NULL DEFAULT FALSE;
