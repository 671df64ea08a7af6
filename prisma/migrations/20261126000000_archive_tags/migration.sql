-- Archive tags (ratings, archive warnings, categories) are fixed points: they exist from the
-- start, always with their own type, canonical and never a synonym. Before this migration they
-- were created lazily, so "Explicit" typed as an additional tag first became a freeform for good.
-- The names are those of lib/tags/archive-tags.ts (a test compares the two).

CREATE FUNCTION "archive_tag_type"(name_key TEXT) RETURNS "TagType"
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN name_key IN ('not rated', 'general audiences', 'teen and up audiences', 'mature', 'explicit')
      THEN 'RATING'::"TagType"
    WHEN name_key IN ('choose not to use archive warnings', 'graphic depictions of violence', 'major character death',
                      'no archive warnings apply', 'rape/non-con', 'underage sex')
      THEN 'WARNING'::"TagType"
    WHEN name_key IN ('f/f', 'f/m', 'gen', 'm/m', 'multi', 'other')
      THEN 'CATEGORY'::"TagType"
  END
$$;

CREATE TEMPORARY TABLE "archive_tag_names" ("name" TEXT PRIMARY KEY);
INSERT INTO "archive_tag_names" VALUES
  ('Not Rated'), ('General Audiences'), ('Teen And Up Audiences'), ('Mature'), ('Explicit'),
  ('Choose Not To Use Archive Warnings'), ('Graphic Depictions Of Violence'), ('Major Character Death'),
  ('No Archive Warnings Apply'), ('Rape/Non-Con'), ('Underage Sex'),
  ('F/F'), ('F/M'), ('Gen'), ('M/M'), ('Multi'), ('Other');

-- Repair rows that took an archive name with another type. The bug reused such a row from both
-- fields, so its links can't be told apart: the row becomes the archive tag (works rated
-- "Explicit" get their rating back), except that a work which also has a real rating loses the
-- link, which can only have come from Additional Tags.
CREATE TEMPORARY TABLE "repaired_rating_tags" AS
SELECT t."id" FROM "tags" t
WHERE "archive_tag_type"(t."name_key") = 'RATING' AND t."type" <> 'RATING';

DELETE FROM "work_tags" wt
USING "repaired_rating_tags" r
WHERE wt."tag_id" = r."id"
  AND EXISTS (
    SELECT 1 FROM "work_tags" other JOIN "tags" rating ON rating."id" = other."tag_id"
    WHERE other."work_id" = wt."work_id" AND rating."type" = 'RATING'
  );

UPDATE "tags" t SET "name" = a."name", "type" = "archive_tag_type"(t."name_key"), "canonical" = true, "synonym_of_id" = NULL
FROM "archive_tag_names" a
WHERE t."name_key" = lower(a."name")
  AND (t."type" <> "archive_tag_type"(t."name_key") OR t."name" <> a."name" OR NOT t."canonical" OR t."synonym_of_id" IS NOT NULL);

-- A rating, warning or category of another name (made by hand) is not an archive tag.
UPDATE "tags" SET "type" = 'FREEFORM', "canonical" = false
WHERE "type" IN ('RATING', 'WARNING', 'CATEGORY') AND "archive_tag_type"("name_key") IS NULL;

-- Synonyms that break the rules below (another type, a target that is not canonical, a chain,
-- an archive tag as target) stand alone now, so the constraints hold for the rows already there.
UPDATE "tags" s SET "synonym_of_id" = NULL
FROM "tags" t
WHERE s."synonym_of_id" = t."id"
  AND (s."type" <> t."type" OR NOT t."canonical" OR t."synonym_of_id" IS NOT NULL OR s."id" = t."id"
       OR "archive_tag_type"(t."name_key") IS NOT NULL);
UPDATE "tags" SET "canonical" = false WHERE "canonical" AND "synonym_of_id" IS NOT NULL;

INSERT INTO "tags" ("name", "type", "canonical")
SELECT a."name", "archive_tag_type"(lower(a."name")), true FROM "archive_tag_names" a
ON CONFLICT ("name_key") DO NOTHING;

UPDATE "tags" t SET "uses_count" = (
  SELECT count(*) FROM "work_tags" wt JOIN "works" w ON w."id" = wt."work_id" WHERE wt."tag_id" = t."id" AND w."posted"
)
WHERE "archive_tag_type"(t."name_key") IS NOT NULL;

DROP TABLE "archive_tag_names";
DROP TABLE "repaired_rating_tags";

-- The name decides the type: an archive name is only ever its archive type, and no other name
-- can be a rating, warning or category. So "Explicit" can't be inserted or re-typed as a
-- freeform, and no one can rename or re-type an archive tag. Archive tags are canonical.
ALTER TABLE "tags" ADD CONSTRAINT "tags_archive_type_fixed" CHECK (
  "archive_tag_type"(lower("name")) IS NOT DISTINCT FROM (CASE WHEN "type" IN ('RATING', 'WARNING', 'CATEGORY') THEN "type" END)
);
ALTER TABLE "tags" ADD CONSTRAINT "tags_archive_canonical" CHECK (
  "type" NOT IN ('RATING', 'WARNING', 'CATEGORY') OR ("canonical" AND "synonym_of_id" IS NULL)
);

-- Synonym rules (lib/tags/edit-tag.ts gives the friendly messages first; these hold them for
-- every writer, raw SQL included). Row-local rules are CHECKs; the rules across two rows are a
-- trigger, since a CHECK can't read another row.
ALTER TABLE "tags" ADD CONSTRAINT "tags_synonym_not_itself" CHECK ("synonym_of_id" <> "id");
ALTER TABLE "tags" ADD CONSTRAINT "tags_synonym_not_canonical" CHECK (NOT ("canonical" AND "synonym_of_id" IS NOT NULL));

CREATE FUNCTION "tags_check_synonym"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target RECORD;
BEGIN
  IF NEW."synonym_of_id" IS NOT NULL THEN
    -- FOR SHARE: a concurrent change of the target waits for this transaction (and vice versa),
    -- so a target can't stop being canonical while a synonym is pointed at it.
    SELECT "type", "canonical", "synonym_of_id" INTO target FROM "tags" WHERE "id" = NEW."synonym_of_id" FOR SHARE;
    IF FOUND AND target."type" <> NEW."type" THEN
      RAISE EXCEPTION 'a synonym must have the type of its canonical tag' USING ERRCODE = 'check_violation', CONSTRAINT = 'tags_synonym_same_type';
    END IF;
    IF FOUND AND (NOT target."canonical" OR target."synonym_of_id" IS NOT NULL) THEN
      RAISE EXCEPTION 'a synonym must point at a canonical tag that is not itself a synonym' USING ERRCODE = 'check_violation', CONSTRAINT = 'tags_synonym_target_canonical';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND (NOT NEW."canonical" OR NEW."synonym_of_id" IS NOT NULL OR NEW."type" <> OLD."type")
     AND EXISTS (SELECT 1 FROM "tags" WHERE "synonym_of_id" = NEW."id" AND "id" <> NEW."id") THEN
    RAISE EXCEPTION 'a tag with synonyms must stay canonical, unchained and of its type' USING ERRCODE = 'check_violation', CONSTRAINT = 'tags_synonym_target_canonical';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "tags_check_synonym" BEFORE INSERT OR UPDATE OF "type", "canonical", "synonym_of_id" ON "tags"
FOR EACH ROW EXECUTE FUNCTION "tags_check_synonym"();
