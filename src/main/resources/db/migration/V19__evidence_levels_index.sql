-- The evidence a level is computed from, in the index itself: readiness and vacancy shortlists read the levels of
-- thousands of persons in one statement, and with every column the rules need in the index it is read without
-- touching the table's rows (ReserveBenchmark). It starts with the columns of ix_evidence_person, which it replaces.
CREATE INDEX ix_evidence_levels ON competency_evidence (person_id, standard_code, competency_code, observed_on,
    level_no, source, expires_on);
DROP INDEX ix_evidence_person ON competency_evidence;
