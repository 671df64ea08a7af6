import "server-only";
import type { Transaction } from "@/lib/db";

// One transaction-scoped advisory lock per (blocker, blocked) pair: a block takes it exclusively,
// a kudos or comment shares it while checking and writing. So a block either commits before the
// check (which then sees it) or waits for the write to commit (the write came first); never does
// a kudos or comment slip in after a block was acknowledged. Different pairs never wait.
function pairKey(blockerId: number, blockedId: number) {
  return `block:${blockerId}:${blockedId}`;
}

export async function lockBlockPair(tx: Transaction, blockerId: number, blockedId: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${pairKey(blockerId, blockedId)}))`;
}

// Whether any of `blockerIds` has blocked `userId`, checked inside the caller's write transaction
// after taking the pairs' shared locks (in one order, so two checks never wait on each other).
export async function isBlockedByAny(tx: Transaction, blockerIds: readonly number[], userId: number): Promise<boolean> {
  const blockers = [...new Set(blockerIds)].filter((id) => id !== userId).sort((a, b) => a - b);
  if (blockers.length === 0) return false;
  for (const blockerId of blockers) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${pairKey(blockerId, userId)}))`;
  }
  // A statement of its own, after the locks: under READ COMMITTED it sees a block committed meanwhile.
  const [row] = await tx.$queryRaw<{ blocked: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = ANY(${blockers}::int[]) AND blocked_id = ${userId}) AS blocked`;
  return row?.blocked ?? false;
}
