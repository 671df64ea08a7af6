-- A logged-in reader's preferences (/preferences); a guest's live in a cookie instead.
CREATE TABLE "reader_preferences" (
    "user_id" INTEGER NOT NULL,
    "theme" TEXT NOT NULL DEFAULT 'system',
    "font_size" TEXT NOT NULL DEFAULT 'medium',
    -- As typed (resolved to tags and their synonyms when a listing is read), so a tag that does
    -- not exist yet is still excluded once it does.
    "excluded_tags" TEXT[] NOT NULL DEFAULT '{}',
    "hide_read" BOOLEAN NOT NULL DEFAULT false,
    "hide_kudosed" BOOLEAN NOT NULL DEFAULT false,
    "hide_bookmarked" BOOLEAN NOT NULL DEFAULT false,
    "adult_without_check" BOOLEAN NOT NULL DEFAULT false,
    "whole_work" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reader_preferences_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "reader_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "reader_preferences_theme" CHECK ("theme" IN ('system', 'light', 'dark', 'sepia')),
    CONSTRAINT "reader_preferences_font_size" CHECK ("font_size" IN ('small', 'medium', 'large', 'extra-large')),
    CONSTRAINT "reader_preferences_excluded_tags_count" CHECK (cardinality("excluded_tags") <= 100)
);
