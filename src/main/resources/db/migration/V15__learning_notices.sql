-- Learning, the notices a job sends before a cohort starts and before it ends: each goes out once per enrolment, on
-- any number of nodes. A node claims an enrolment's notice by a conditional UPDATE of its flag (exactly one node
-- wins) and writes the notice in the same transaction. The cohort's own start_notified (V12) stays unused: the
-- notice is per enrolment, since a person who enrols after it went out to the others still gets it.
ALTER TABLE learning_enrolment ADD COLUMN start_notified BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE learning_enrolment ADD COLUMN end_notified BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_learning_enrolment_notices ON learning_enrolment (status, start_notified, end_notified);
