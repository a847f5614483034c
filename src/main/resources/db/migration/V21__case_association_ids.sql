-- CASE association identifiers kept on a round trip: an imported package's isChildOf and replacedBy associations
-- keep their identifiers (null: the export derives one from the two ends, as before). The provider API
-- (/ims/case/v1p1) finds documents and items by their CASE identifier.

ALTER TABLE competency_area ADD COLUMN child_of_case_id VARCHAR(36) NULL;
ALTER TABLE competency ADD COLUMN child_of_case_id VARCHAR(36) NULL;
ALTER TABLE competency ADD COLUMN replaced_by_case_id VARCHAR(36) NULL;

CREATE INDEX ix_standard_version_case_id ON standard_version (case_id);
CREATE INDEX ix_competency_area_case_id ON competency_area (case_id);
CREATE INDEX ix_competency_case_id ON competency (case_id);
