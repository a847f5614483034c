-- Staff lists: the fields an HR system's export (1С:ЗКГУ and the like) identifies an employee by.
-- СНИЛС is stored as its 11 digits and is unique; a personnel number is unique within a municipality.
ALTER TABLE person ADD COLUMN snils VARCHAR(11) NULL;
ALTER TABLE person ADD COLUMN personnel_number VARCHAR(20) NULL;
ALTER TABLE person ADD COLUMN birth_date DATE NULL;
ALTER TABLE person ADD COLUMN department VARCHAR(255) NULL;
ALTER TABLE person ADD CONSTRAINT uq_person_snils UNIQUE (snils);
ALTER TABLE person ADD CONSTRAINT uq_person_personnel_number UNIQUE (municipality_id, personnel_number);
