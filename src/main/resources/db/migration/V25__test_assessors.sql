-- Assessors of a test (issue 13, point 4): accounts a methodologist or administrator assigns to grade the essays of
-- one test. No global role: being listed here is what lets an account grade that test (HR officers never are).
CREATE TABLE assessment_test_assessor (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    test_id           BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    added_by          VARCHAR(60)   NULL,
    added_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_assessment_test_assessor UNIQUE (test_id, account_id),
    CONSTRAINT fk_assessment_assessor_test FOREIGN KEY (test_id) REFERENCES assessment_test (id)
) DEFAULT CHARSET=utf8mb4;
-- the tests an account grades (the queue of an assessor)
CREATE INDEX ix_assessment_assessor_account ON assessment_test_assessor (account_id);
