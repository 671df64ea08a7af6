import "server-only";
import type { Transaction } from "@/lib/db";

// Locks the creator's own work for the rest of the transaction: concurrent chapter writes on one
// work queue up instead of racing for positions and totals. Null when the work is missing or
// someone else's — the caller answers 404 either way.
export async function lockOwnWork(tx: Transaction, workId: number, creatorId: number) {
  const rows = await tx.$queryRaw<{ id: number; posted: boolean }[]>`
    SELECT id, posted FROM works WHERE id = ${workId} AND creator_id = ${creatorId} FOR UPDATE`;
  return rows[0] ?? null;
}
