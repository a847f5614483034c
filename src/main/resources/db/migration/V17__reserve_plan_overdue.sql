-- A development plan remembers since when it is overdue (an item past its due date and not done), so that the
-- PLAN_OVERDUE line goes into the entry's history once per spell; cleared when nothing is overdue any more.
ALTER TABLE reserve_plan ADD COLUMN overdue_since DATE NULL;
