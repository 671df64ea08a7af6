-- Search within results (lib/works/search-within-results.ts) without reading every work: the words
-- of each work's title and summary in a GIN-indexed tsvector ('simple': no stemming, no stop
-- words, so any word a reader types is found, as a whole word or its beginning), and trigram
-- indexes for the tag names and usernames a search matches inside.
ALTER TABLE "works" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "title" || ' ' || "summary")) STORED;
CREATE INDEX "works_search_vector_idx" ON "works" USING GIN ("search_vector");

-- pg_trgm is a trusted extension: the database's owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "tags_name_trgm_idx" ON "tags" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "users_username_trgm_idx" ON "users" USING GIN ("username" gin_trgm_ops);
