-- Assessment: a question's title (Moodle's question name, any text) and the category of the bank it came from
-- (Moodle's $CATEGORY path, kept as a tag). Both optional.

ALTER TABLE assessment_question ADD COLUMN title VARCHAR(255) NULL;
ALTER TABLE assessment_question ADD COLUMN category VARCHAR(255) NULL;
