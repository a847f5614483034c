-- Contest winners into the reserve (issue 12 point 7, ADR 14). A reserve protocol is either a commission's (members
-- present, decisions with votes) or the contest «Муниципальный лидер»'s results protocol that admitted winners and
-- finalists (number and date only). Numbers are unique per reserve and kind, so the contest's numbering never
-- collides with the commission's. An entry admitted by a contest points at that protocol (the admission's idempotency
-- key with the person).
ALTER TABLE reserve_protocol ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'COMMISSION';
ALTER TABLE reserve_protocol ADD CONSTRAINT uq_reserve_protocol_kind_number UNIQUE (reserve_id, kind, number);
ALTER TABLE reserve_protocol DROP CONSTRAINT uq_reserve_protocol_number;

ALTER TABLE reserve_entry ADD COLUMN contest_protocol_id BIGINT NULL;
CREATE INDEX ix_reserve_entry_contest_protocol ON reserve_entry (contest_protocol_id, person_id);
