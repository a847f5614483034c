-- Essay questions graded by a person (issue 13, point 4). An attempt with essays waits in status AWAITING_GRADING
-- (fits the existing VARCHAR(20)) until every essay is graded; the essays' answers are longer than the short
-- answers the response column was sized for (an essay is at most 20 000 characters, JSON-escaped).

ALTER TABLE assessment_attempt_item MODIFY response MEDIUMTEXT NULL;
ALTER TABLE assessment_attempt_item ADD COLUMN needs_grading BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE assessment_attempt_item ADD COLUMN grade_points VARCHAR(1000) NULL;
ALTER TABLE assessment_attempt_item ADD COLUMN grade_comment VARCHAR(2000) NULL;
ALTER TABLE assessment_attempt_item ADD COLUMN graded_by VARCHAR(60) NULL;
ALTER TABLE assessment_attempt_item ADD COLUMN graded_at DATETIME(6) NULL;
-- the grading queue: the essays waiting, found without reading the other items
CREATE INDEX ix_attempt_item_grading ON assessment_attempt_item (needs_grading, attempt_id);

-- «Проверять анонимно»: graders see an attempt code instead of the taker's name
ALTER TABLE assessment_test ADD COLUMN blind_grading BOOLEAN NOT NULL DEFAULT FALSE;
