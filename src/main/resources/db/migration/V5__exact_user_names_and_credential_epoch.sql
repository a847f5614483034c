-- User names compare exactly. The tables' default collation on MySQL/MariaDB (utf8mb4_*_ci) made 'ádmin' and
-- 'ADMIN' equal to 'admin'; the account key now compares byte for byte (names are normalised once, at creation).
-- The clause inside /*! ... */ is MySQL/MariaDB syntax that those servers execute; H2, which compares exactly
-- already, reads it as a comment, so one script serves both.
ALTER TABLE account MODIFY username VARCHAR(60) /*!40101 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */ NOT NULL;

-- Moves on with every password change; a session signed in under an older epoch ends.
ALTER TABLE account ADD COLUMN credential_epoch BIGINT NOT NULL DEFAULT 0;
