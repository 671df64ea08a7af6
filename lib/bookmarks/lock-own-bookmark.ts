import "server-only";
import type { Transaction } from "@/lib/db";

// Locks the user's own bookmark for the rest of the transaction, so two edits toggling "Private
// bookmark" (or an edit racing a delete) each adjust the count from the state they really
// changed. Null when the bookmark is missing or someone else's — the caller answers 404 either way.
export async function lockOwnBookmark(tx: Transaction, bookmarkId: number, userId: number) {
  const rows = await tx.$queryRaw<{ id: number; workId: number | null; private: boolean }[]>`
    SELECT id, work_id AS "workId", private FROM bookmarks
    WHERE id = ${bookmarkId} AND user_id = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}
