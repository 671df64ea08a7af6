-- Series (AO3): a creator's works grouped in order, with a summary, notes and a "complete" state.
-- A work is in at most one series here (the posting form has one "Series" field).
CREATE TABLE "series" (
    "id" SERIAL NOT NULL,
    "creator_id" INTEGER NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- lower(title), generated: the form names a series by its title, so one creator's titles are
    -- unique case-insensitively (two writers may each have "Drabbles").
    "title_key" TEXT NOT NULL GENERATED ALWAYS AS (lower("title")) STORED,

    CONSTRAINT "series_pkey" PRIMARY KEY ("id"),
    -- Summary and notes are stored sanitised (HTML), so their limits apply to the typed text (zod).
    CONSTRAINT "series_title_not_blank" CHECK (btrim("title") <> '')
);

CREATE UNIQUE INDEX "series_creator_id_title_key_key" ON "series"("creator_id", "title_key");

ALTER TABLE "series" ADD CONSTRAINT "series_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A work's place in its series. Positions only grow (the next part is max + 1, taken under a lock
-- on the series row); "Part N" is the work's rank, so a gap left by a deleted work shows no hole.
CREATE TABLE "series_works" (
    "work_id" INTEGER NOT NULL,
    "series_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "series_works_pkey" PRIMARY KEY ("work_id"),
    CONSTRAINT "series_works_position_positive" CHECK ("position" >= 1)
);

CREATE UNIQUE INDEX "series_works_series_id_position_key" ON "series_works"("series_id", "position");

ALTER TABLE "series_works" ADD CONSTRAINT "series_works_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "series_works" ADD CONSTRAINT "series_works_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Subscribing to a series: a subscription now has exactly one of three targets.
ALTER TABLE "subscriptions" ADD COLUMN "series_id" INTEGER;
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_one_target";
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_one_target" CHECK (num_nonnulls("work_id", "subscribed_creator_id", "series_id") = 1);
CREATE UNIQUE INDEX "subscriptions_subscriber_id_series_id_key" ON "subscriptions"("subscriber_id", "series_id");
CREATE INDEX "subscriptions_series_id_idx" ON "subscriptions"("series_id");
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A new part of a subscribed series reaches the inbox with the series it joined.
ALTER TYPE "NoticeKind" ADD VALUE 'NEW_SERIES_PART';
ALTER TABLE "notices" ADD COLUMN "series_id" INTEGER;
ALTER TABLE "notices" ADD CONSTRAINT "notices_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AO3 removes a series with its last work: whether the work left the series (the edit form) or
-- was deleted (the cascade), the series goes in the same transaction.
CREATE FUNCTION "series_delete_when_empty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Locked first, so the check below (a statement of its own, with a fresh snapshot) sees a work
  -- that a concurrent posting added under the same lock.
  PERFORM 1 FROM "series" WHERE "id" = OLD."series_id" FOR UPDATE;
  DELETE FROM "series" s
  WHERE s."id" = OLD."series_id" AND NOT EXISTS (SELECT 1 FROM "series_works" sw WHERE sw."series_id" = s."id");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "series_works_delete_empty_series"
AFTER DELETE ON "series_works"
FOR EACH ROW EXECUTE FUNCTION "series_delete_when_empty"();
