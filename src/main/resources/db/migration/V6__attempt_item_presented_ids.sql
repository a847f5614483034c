-- The presentation of an attempt item also holds the random ids under which its options are presented
-- ("order|ids", see assessment.control.Presentation): twice as long as the order alone.
ALTER TABLE assessment_attempt_item MODIFY presentation VARCHAR(2000) NOT NULL;
