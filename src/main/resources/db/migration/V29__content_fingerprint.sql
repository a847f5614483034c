-- What the seed content was when it was last loaded completely: a SHA-256 over the files under content/, the
-- application's classes, the content calendar's shift and the academy.* settings (passwords left out). At start-up
-- the loaders run only when it differs (or ACADEMY_CONTENT_RELOAD=true); deleting the row forces a reload.
CREATE TABLE content_fingerprint (
    name      VARCHAR(40) NOT NULL PRIMARY KEY,
    sha256    CHAR(64)    NOT NULL,
    loaded_at DATETIME(6) NOT NULL
);
