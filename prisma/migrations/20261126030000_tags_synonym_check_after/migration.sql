-- The synonym rules move from a BEFORE to an AFTER row trigger. Any BEFORE UPDATE row trigger
-- makes PostgreSQL lock the row before the update, and because "name_key" is a generated column
-- of a unique index, that lock is the strong one (FOR UPDATE) even when only "uses_count"
-- changes. It then waits on the KEY SHARE locks that other postings' work_tags foreign keys hold
-- on the same popular tags, while they queue for this row: a deadlock between two writers
-- posting with shared tags. An AFTER trigger checks the same rules on the final row without it.
DROP TRIGGER "tags_check_synonym" ON "tags";

CREATE TRIGGER "tags_check_synonym" AFTER INSERT OR UPDATE OF "type", "canonical", "synonym_of_id" ON "tags"
FOR EACH ROW EXECUTE FUNCTION "tags_check_synonym"();
