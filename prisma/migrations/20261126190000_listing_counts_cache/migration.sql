-- Listing counts (the sidebar's tag counts, "1–20 of N", "N hidden") are costly over a large
-- archive and change rarely compared with how often they are read. They are kept in a cache that
-- every app server shares (lib/cache/shared-cache.ts: Redis when REDIS_URL is set, else this
-- table), and refreshed when the works they count change.

-- UNLOGGED: a cache is worth nothing after a crash, and skipping the WAL keeps writes cheap.
CREATE UNLOGGED TABLE "shared_cache" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "shared_cache_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "shared_cache_expires_at_idx" ON "shared_cache"("expires_at");

-- A number that moves whenever something a listing's counts depend on changes: which works are
-- listed, their tags and filterable columns, synonyms, creators and mutes. A sequence, not a
-- counter row: nextval() never waits on another transaction's lock, so a busy archive's writers
-- don't queue on it. A cached count remembers the number it was computed at.
CREATE SEQUENCE "listing_changes";

CREATE FUNCTION note_listing_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('listing_changes');
  RETURN NULL;
END $$;

-- Statement triggers: one nextval per statement however many rows it touches. Kudos, comments,
-- bookmarks and hits update their own counters on works without moving the number (UPDATE OF
-- names only the columns listings filter on).
CREATE TRIGGER works_listing_change
AFTER INSERT OR DELETE OR UPDATE OF posted, restricted, complete, word_count, revised_at, language, title, summary ON works
FOR EACH STATEMENT EXECUTE FUNCTION note_listing_change();

CREATE TRIGGER work_tags_listing_change AFTER INSERT OR DELETE OR UPDATE ON work_tags
FOR EACH STATEMENT EXECUTE FUNCTION note_listing_change();

CREATE TRIGGER tags_listing_change AFTER DELETE OR UPDATE OF name, type, synonym_of_id ON tags
FOR EACH STATEMENT EXECUTE FUNCTION note_listing_change();

CREATE TRIGGER creatorships_listing_change AFTER INSERT OR DELETE OR UPDATE OF status, user_id ON creatorships
FOR EACH STATEMENT EXECUTE FUNCTION note_listing_change();

CREATE TRIGGER mutes_listing_change AFTER INSERT OR DELETE ON mutes
FOR EACH STATEMENT EXECUTE FUNCTION note_listing_change();

CREATE TRIGGER reader_preferences_listing_change AFTER INSERT OR DELETE OR UPDATE ON reader_preferences
FOR EACH STATEMENT EXECUTE FUNCTION note_listing_change();
