-- Documents of additional professional education (удостоверение о повышении квалификации, диплом о профессиональной
-- переподготовке) and the person fields the federal registry of documents (ФИС ФРДО) needs beside СНИЛС and date of
-- birth (V7): sex and citizenship (ОКСМ numeric code; 643 is Russia).
ALTER TABLE person ADD COLUMN sex VARCHAR(6) NULL;
ALTER TABLE person ADD COLUMN citizenship VARCHAR(3) NOT NULL DEFAULT '643';

-- One counter row per provider: a document's sequence number is taken by a conditional UPDATE of this row (the row
-- lock serialises concurrent issues), so no two documents of a provider share a number.
CREATE TABLE learning_document_counter (
    provider_id     BIGINT       NOT NULL PRIMARY KEY,
    last_value      BIGINT       NOT NULL,
    CONSTRAINT fk_learning_document_counter_provider FOREIGN KEY (provider_id) REFERENCES learning_provider (id)
) DEFAULT CHARSET=utf8mb4;

-- An issued document: what it says is copied at issue (holder's name, programme title, hours), since a document does
-- not change when the person or the programme does. The person is identity's id (no foreign key across contexts).
-- verification_code is random: the public verification page is found by it, so numbers cannot be enumerated there.
CREATE TABLE learning_document (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    registration_number VARCHAR(80)  NOT NULL,
    sequence_number     BIGINT       NOT NULL,
    verification_code   VARCHAR(20)  NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    programme_id        BIGINT       NOT NULL,
    provider_id         BIGINT       NOT NULL,
    person_id           BIGINT       NOT NULL,
    holder_last_name    VARCHAR(100) NOT NULL,
    holder_first_name   VARCHAR(100) NOT NULL,
    holder_middle_name  VARCHAR(100) NULL,
    programme_title     VARCHAR(300) NOT NULL,
    hours               INT          NOT NULL,
    study_start_year    INT          NOT NULL,
    issued_on           DATE         NOT NULL,
    issued_by           VARCHAR(60)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_learning_document_number UNIQUE (registration_number),
    CONSTRAINT uq_learning_document_sequence UNIQUE (provider_id, sequence_number),
    CONSTRAINT uq_learning_document_code UNIQUE (verification_code),
    CONSTRAINT uq_learning_document_holder UNIQUE (programme_id, person_id),
    CONSTRAINT fk_learning_document_programme FOREIGN KEY (programme_id) REFERENCES learning_programme (id),
    CONSTRAINT fk_learning_document_provider FOREIGN KEY (provider_id) REFERENCES learning_provider (id)
) DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_learning_document_person ON learning_document (person_id, id);
