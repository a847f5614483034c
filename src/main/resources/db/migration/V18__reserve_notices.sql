-- Reserve, the notices the person gets about their entry (included, not included, extended, excluded, expired, a plan
-- drawn up, a position offered, appointed): one per event of those kinds, on any number of nodes. A node claims an
-- event's notice by a conditional UPDATE of its flag (exactly one node wins) and writes the notice in the same
-- transaction. History written before this column existed (and seeded history) is not news: it counts as told.
ALTER TABLE reserve_entry_event ADD COLUMN notified BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE reserve_entry_event SET notified = TRUE;
CREATE INDEX ix_reserve_event_notice ON reserve_entry_event (notified, kind);
