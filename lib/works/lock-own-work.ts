import "server-only";
import type { Transaction } from "@/lib/db";
import { createdBySql } from "@/lib/creatorships/creator-where";

// Locks a work its creator (any accepted co-creator) changes, for the rest of the transaction:
// concurrent chapter writes on one work queue up instead of racing for positions and totals. Null
// when the work is missing or not theirs (a pending invitation is not enough) — the caller answers
// 404 either way.
export async function lockOwnWork(tx: Transaction, workId: number, creatorId: number) {
  const rows = await tx.$queryRaw<{ id: number; posted: boolean }[]>`
    SELECT w.id, w.posted FROM works w WHERE w.id = ${workId} AND ${createdBySql(creatorId)} FOR UPDATE OF w`;
  return rows[0] ?? null;
}
