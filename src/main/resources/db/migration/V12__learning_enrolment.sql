-- Learning, enrolment: cohorts (offerings of a published programme with dates, seats, a self-enrolment window and an
-- approval rule), enrolments of persons in cohorts with a waiting list, and each person's progress per lesson.
-- Persons are identity's ids (no foreign key into another context). The waiting list is ordered by waiting_no, a
-- per-cohort sequence (never by time: MySQL Connector/J drops fractional seconds against MariaDB); seats_taken is
-- the counter the cohort's row lock guards, so seats hold under concurrent enrolments.

CREATE TABLE learning_cohort (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(60)  NOT NULL,
    programme_id    BIGINT       NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    seats           INT          NOT NULL,
    seats_taken     INT          NOT NULL DEFAULT 0,
    enrol_from      DATE         NOT NULL,
    enrol_to        DATE         NOT NULL,
    approval        VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    waiting_seq     BIGINT       NOT NULL DEFAULT 0,
    start_notified  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(60)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_learning_cohort_code UNIQUE (code),
    CONSTRAINT fk_learning_cohort_programme FOREIGN KEY (programme_id) REFERENCES learning_programme (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_cohort_programme ON learning_cohort (programme_id, starts_on);

CREATE TABLE learning_enrolment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    cohort_id       BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    waiting_no      BIGINT       NULL,
    enrolled_by     VARCHAR(60)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    completed_on    DATE         NULL,
    CONSTRAINT uq_learning_enrolment UNIQUE (cohort_id, person_id),
    CONSTRAINT fk_learning_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES learning_cohort (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_enrolment_person ON learning_enrolment (person_id, status);
CREATE INDEX ix_learning_enrolment_waiting ON learning_enrolment (cohort_id, status, waiting_no);

-- A person's progress in a lesson: first viewed, completed (by the learner for text, file and video; by the SCORM
-- runtime with its score), independent of the cohort (a lesson done stays done).
CREATE TABLE learning_lesson_progress (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    person_id       BIGINT       NOT NULL,
    lesson_id       BIGINT       NOT NULL,
    viewed_at       DATETIME(6)  NULL,
    completed_at    DATETIME(6)  NULL,
    score           DECIMAL(7,2) NULL,
    CONSTRAINT uq_learning_lesson_progress UNIQUE (person_id, lesson_id),
    CONSTRAINT fk_learning_progress_lesson FOREIGN KEY (lesson_id) REFERENCES learning_lesson (id)
) DEFAULT CHARSET=utf8mb4;
