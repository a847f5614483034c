-- A person's current levels as one short text, with the days they hold for (LevelSnapshots): a vacancy shortlist
-- over every employee of a region reads one row per person instead of all their evidence. A row whose levels are
-- NULL is out of date (evidence was recorded since); the levels job recomputes it. The version lets the job's write
-- lose against a recording that happened while it computed.
CREATE TABLE competency_level_snapshot (
    person_id   BIGINT        NOT NULL PRIMARY KEY,
    rule_key    VARCHAR(120)  NOT NULL,
    computed_on DATE          NOT NULL,
    valid_until DATE,
    levels      VARCHAR(2000),
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_level_snapshot_until ON competency_level_snapshot (valid_until);
