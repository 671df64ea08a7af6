-- Muting and blocking (AO3, 2023–24). A mute hides the muted user's works, bookmarks and comments
-- from the muter; a block stops the blocked user commenting on the blocker's works, replying to
-- the blocker's comments and leaving kudos on the blocker's works. One row per pair, never
-- oneself; the per-user cap (lib/muting/limits.ts) is counted under a lock in the mutation.
CREATE TABLE "mutes" (
    "muter_id" INTEGER NOT NULL,
    "muted_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mutes_pkey" PRIMARY KEY ("muter_id", "muted_id"),
    CONSTRAINT "mutes_not_self" CHECK ("muter_id" <> "muted_id"),
    CONSTRAINT "mutes_muter_id_fkey" FOREIGN KEY ("muter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "mutes_muted_id_fkey" FOREIGN KEY ("muted_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "mutes_muted_id_idx" ON "mutes"("muted_id");

CREATE TABLE "blocks" (
    "blocker_id" INTEGER NOT NULL,
    "blocked_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blocks_pkey" PRIMARY KEY ("blocker_id", "blocked_id"),
    CONSTRAINT "blocks_not_self" CHECK ("blocker_id" <> "blocked_id"),
    CONSTRAINT "blocks_blocker_id_fkey" FOREIGN KEY ("blocker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "blocks_blocked_id_fkey" FOREIGN KEY ("blocked_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "blocks_blocked_id_idx" ON "blocks"("blocked_id");
