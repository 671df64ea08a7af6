-- A logged-in reader's history (/users/[username]/readings): one row per work, the chapter and
-- place last read, and AO3's "Mark for Later".
CREATE TABLE "readings" (
    "user_id" INTEGER NOT NULL,
    "work_id" INTEGER NOT NULL,
    "chapter_id" INTEGER,
    -- How far down the chapter the reader left it, in thousandths.
    "position" INTEGER NOT NULL DEFAULT 0,
    "views" INTEGER NOT NULL DEFAULT 0,
    -- Null while the work is only marked for later.
    "last_read_at" TIMESTAMP(3),
    "to_read" BOOLEAN NOT NULL DEFAULT false,
    "marked_at" TIMESTAMP(3),

    CONSTRAINT "readings_pkey" PRIMARY KEY ("user_id", "work_id"),
    CONSTRAINT "readings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "readings_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "readings_chapter_id_fkey" FOREIGN KEY ("chapter_id") REFERENCES "chapters"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "readings_position_range" CHECK ("position" BETWEEN 0 AND 1000),
    CONSTRAINT "readings_read_or_marked" CHECK ("last_read_at" IS NOT NULL OR "to_read"),
    CONSTRAINT "readings_marked_at" CHECK (NOT "to_read" OR "marked_at" IS NOT NULL)
);

-- The history page, newest first; the works marked for later, newest mark first.
CREATE INDEX "readings_user_id_last_read_at_idx" ON "readings"("user_id", "last_read_at" DESC) WHERE "last_read_at" IS NOT NULL;
CREATE INDEX "readings_user_id_marked_at_idx" ON "readings"("user_id", "marked_at" DESC) WHERE "to_read";
-- Deleting a work or chapter finds its readings.
CREATE INDEX "readings_work_id_idx" ON "readings"("work_id");
CREATE INDEX "readings_chapter_id_idx" ON "readings"("chapter_id");
