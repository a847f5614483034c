-- The security epoch: one row every change of an account, its grants, its password or its person moves on, in the
-- change's own transaction. Each node keeps verified API credentials and signed-in callers in memory
-- (identity's Principals) and reads this row at most once per academy.security.epoch-poll-seconds: when it has
-- moved, the node forgets them all. One cheap read per node every few seconds instead of three per call.
CREATE TABLE identity_security_epoch (
    id    INT    NOT NULL PRIMARY KEY,
    epoch BIGINT NOT NULL
);
INSERT INTO identity_security_epoch (id, epoch) VALUES (1, 0);
