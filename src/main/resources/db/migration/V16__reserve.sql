-- The personnel reserve (кадровый резерв) with career lifts. Persons, positions, position groups, municipalities and
-- regions are ids of identity and organisation (no foreign keys into other contexts, as in learning). Histories and
-- protocols are ordered by sequence numbers (seq), never by time: MySQL Connector/J drops fractional seconds against
-- MariaDB.

-- A reserve of one body or municipality (MUNICIPAL), of a region (REGIONAL) or of the country (NATIONAL), with its
-- rules: the term of an entry, how long and how often the commission may extend it, how many refused offers are
-- allowed before exclusion, and how long an offered vacancy waits for the person's answer.
CREATE TABLE reserve_reserve (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    code              VARCHAR(60)   NOT NULL,
    name              VARCHAR(300)  NOT NULL,
    level             VARCHAR(20)   NOT NULL,
    region_id         BIGINT        NULL,
    municipality_id   BIGINT        NULL,
    term_months       INT           NOT NULL DEFAULT 36,
    extension_months  INT           NOT NULL DEFAULT 12,
    extensions_allowed INT          NOT NULL DEFAULT 1,
    refusals_allowed  INT           NOT NULL DEFAULT 2,
    answer_days       INT           NOT NULL DEFAULT 10,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    protocol_seq      BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_reserve_reserve_code UNIQUE (code)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reserve_reserve_place ON reserve_reserve (level, region_id, municipality_id);

-- The reserve's commission: accounts (holding the COMMISSION_MEMBER role) with their role in it.
CREATE TABLE reserve_commission_member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    reserve_id        BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    person_id         BIGINT        NULL,
    member_role       VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_reserve_commission_member UNIQUE (reserve_id, account_id),
    CONSTRAINT fk_reserve_member_reserve FOREIGN KEY (reserve_id) REFERENCES reserve_reserve (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reserve_member_account ON reserve_commission_member (account_id);

-- An entry: a person in a reserve for a target (a position, or a position group), on a stated basis, with its life
-- cycle NOMINATED → INCLUDED → IN_DEVELOPMENT → APPOINTED | EXCLUDED | EXPIRED (or NOT_INCLUDED by the commission).
-- Readiness is computed from evidence (never typed) and kept here with the fit it came from, for lists and analytics.
-- region_id/municipality_id are the person's workplace when nominated (for analytics by place).
CREATE TABLE reserve_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    reserve_id        BIGINT        NOT NULL,
    person_id         BIGINT        NOT NULL,
    region_id         BIGINT        NOT NULL,
    municipality_id   BIGINT        NOT NULL,
    target_group_id   BIGINT        NOT NULL,
    target_position_id BIGINT       NULL,
    basis             VARCHAR(30)   NOT NULL,
    basis_document    VARCHAR(300)  NULL,
    status            VARCHAR(20)   NOT NULL,
    nominated_by      VARCHAR(60)   NOT NULL,
    nominated_on      DATE          NOT NULL,
    nomination_note   VARCHAR(2000) NULL,
    included_on       DATE          NULL,
    valid_until       DATE          NULL,
    extensions        INT           NOT NULL DEFAULT 0,
    refusals          INT           NOT NULL DEFAULT 0,
    closed_on         DATE          NULL,
    exclusion_ground  VARCHAR(40)   NULL,
    closing_comment   VARCHAR(2000) NULL,
    decision_protocol_id BIGINT     NULL,
    readiness         VARCHAR(20)   NULL,
    readiness_fit     DECIMAL(5,3)  NULL,
    readiness_below_min INT         NULL,
    readiness_on      DATE          NULL,
    event_seq         BIGINT        NOT NULL DEFAULT 0,
    notified_60       BOOLEAN       NOT NULL DEFAULT FALSE,
    notified_14       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_reserve_entry_reserve FOREIGN KEY (reserve_id) REFERENCES reserve_reserve (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reserve_entry_person ON reserve_entry (person_id, status);
CREATE INDEX ix_reserve_entry_reserve ON reserve_entry (reserve_id, status);
CREATE INDEX ix_reserve_entry_target ON reserve_entry (target_group_id, status);
CREATE INDEX ix_reserve_entry_expiry ON reserve_entry (status, valid_until);
CREATE INDEX ix_reserve_entry_place ON reserve_entry (region_id, municipality_id, status);

-- The entry's history: every change, in order (seq per entry), with who made it and what it was.
CREATE TABLE reserve_entry_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    entry_id          BIGINT        NOT NULL,
    seq               BIGINT        NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    happened_on       DATE          NOT NULL,
    actor             VARCHAR(60)   NOT NULL,
    detail            VARCHAR(2000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_reserve_entry_event UNIQUE (entry_id, seq),
    CONSTRAINT fk_reserve_event_entry FOREIGN KEY (entry_id) REFERENCES reserve_entry (id)
) DEFAULT CHARSET=utf8mb4;

-- A commission's protocol: number and date, the members present, and its decisions (several entries at once).
CREATE TABLE reserve_protocol (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    reserve_id        BIGINT        NOT NULL,
    seq               BIGINT        NOT NULL,
    number            VARCHAR(40)   NOT NULL,
    held_on           DATE          NOT NULL,
    members_present   VARCHAR(2000) NOT NULL,
    present_count     INT           NOT NULL,
    recorded_by       VARCHAR(60)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_reserve_protocol_number UNIQUE (reserve_id, number),
    CONSTRAINT fk_reserve_protocol_reserve FOREIGN KEY (reserve_id) REFERENCES reserve_reserve (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE reserve_decision (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    protocol_id       BIGINT        NOT NULL,
    entry_id          BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    votes_for         INT           NOT NULL,
    votes_against     INT           NOT NULL,
    votes_abstained   INT           NOT NULL,
    exclusion_ground  VARCHAR(40)   NULL,
    comment           VARCHAR(2000) NULL,
    CONSTRAINT fk_reserve_decision_protocol FOREIGN KEY (protocol_id) REFERENCES reserve_protocol (id),
    CONSTRAINT fk_reserve_decision_entry FOREIGN KEY (entry_id) REFERENCES reserve_entry (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reserve_decision_entry ON reserve_decision (entry_id);

-- An individual development plan of an entry, and its items: a programme (learning), an assessment (a test), a task
-- or mentoring, each with a due date; progress is tracked from enrolments, completions and results.
CREATE TABLE reserve_plan (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    entry_id          BIGINT        NOT NULL,
    mentor_person_id  BIGINT        NULL,
    created_on        DATE          NOT NULL,
    due_on            DATE          NOT NULL,
    item_seq          BIGINT        NOT NULL DEFAULT 0,
    created_by        VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_reserve_plan_entry UNIQUE (entry_id),
    CONSTRAINT fk_reserve_plan_entry FOREIGN KEY (entry_id) REFERENCES reserve_entry (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE reserve_plan_item (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    plan_id           BIGINT        NOT NULL,
    seq               BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    ref_code          VARCHAR(60)   NULL,
    competency_codes  VARCHAR(300)  NULL,
    due_on            DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    done_on           DATE          NULL,
    progress_note     VARCHAR(300)  NULL,
    CONSTRAINT uq_reserve_plan_item UNIQUE (plan_id, seq),
    CONSTRAINT fk_reserve_item_plan FOREIGN KEY (plan_id) REFERENCES reserve_plan (id)
) DEFAULT CHARSET=utf8mb4;

-- A career lift or any other appointment: from and to position, where, when, by which order, and whether it came from
-- the reserve (then the entry it closed). Appointments without an entry are recorded too, so that the share of
-- vacancies filled from the reserve is honest.
CREATE TABLE reserve_appointment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    person_id         BIGINT        NOT NULL,
    from_position_id  BIGINT        NULL,
    to_position_id    BIGINT        NOT NULL,
    to_group_id       BIGINT        NOT NULL,
    municipality_id   BIGINT        NOT NULL,
    region_id         BIGINT        NOT NULL,
    appointed_on      DATE          NOT NULL,
    order_number      VARCHAR(40)   NOT NULL,
    from_reserve      BOOLEAN       NOT NULL,
    entry_id          BIGINT        NULL,
    recorded_by       VARCHAR(60)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reserve_appointment_place ON reserve_appointment (region_id, municipality_id, appointed_on);
CREATE INDEX ix_reserve_appointment_person ON reserve_appointment (person_id);

-- An offer of a position to a person in the reserve, and their answer (consent required; a refusal counts towards
-- the reserve's refusals_allowed).
CREATE TABLE reserve_offer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    entry_id          BIGINT        NOT NULL,
    position_id       BIGINT        NOT NULL,
    municipality_id   BIGINT        NOT NULL,
    offered_on        DATE          NOT NULL,
    answer_due        DATE          NOT NULL,
    answer            VARCHAR(20)   NOT NULL,
    answered_on       DATE          NULL,
    comment           VARCHAR(2000) NULL,
    offered_by        VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_reserve_offer_entry FOREIGN KEY (entry_id) REFERENCES reserve_entry (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_reserve_offer_entry ON reserve_offer (entry_id, answer);
