-- How many times evidence was withdrawn (a regraded essay replaces its attempt's evidence). Evidence is otherwise
-- only ever added, so the scope gaps' data stamp (ScopeGapsFacade) notices new evidence by its highest id; a
-- withdrawal that adds nothing back is noticed by this one-row counter instead (one cheap read, cluster-wide).
CREATE TABLE competency_evidence_withdrawals (
    id        INT     NOT NULL PRIMARY KEY,
    withdrawn BIGINT  NOT NULL
);
INSERT INTO competency_evidence_withdrawals (id, withdrawn) VALUES (1, 0);
