import "server-only";
import type { Transaction } from "@/lib/db";

// Locks a work for changes to its creators: invitations, answers and leaving queue up, so the
// creator count and the limit are read as they are. Null for a missing work.
export async function lockWorkForCreators(tx: Transaction, workId: number) {
  const rows = await tx.$queryRaw<{ id: number; posted: boolean; creator_id: number }[]>`
    SELECT id, posted, creator_id FROM works WHERE id = ${workId} FOR UPDATE`;
  return rows[0] ?? null;
}
