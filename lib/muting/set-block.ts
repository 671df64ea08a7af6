import "server-only";
import { db } from "@/lib/db";
import { lockBlockPair } from "@/lib/muting/block-check";
import { BLOCKED_USERS_MAX } from "@/lib/muting/limits";
import { fail, ok, type Result } from "@/lib/result";

// Blocks another existing user. The blocker's row is locked while counting (the cap holds under
// concurrent blocks), and the pair's lock is taken exclusively so a kudos or comment being
// written right now finishes first (lib/muting/block-check.ts). Blocking twice is harmless.
export async function blockUser(blockerId: number, blockedId: number): Promise<Result> {
  if (blockerId === blockedId) return fail("not_found");
  return db.$transaction(async (tx): Promise<Result> => {
    const [blocker] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE id = ${blockerId} FOR NO KEY UPDATE`;
    if (!blocker || !(await tx.user.count({ where: { id: blockedId } }))) return fail("not_found");
    await lockBlockPair(tx, blockerId, blockedId);
    if (await tx.block.count({ where: { blockerId, blockedId } })) return ok();
    if ((await tx.block.count({ where: { blockerId } })) >= BLOCKED_USERS_MAX) {
      return fail("block_limit", { params: { max: BLOCKED_USERS_MAX } });
    }
    await tx.block.create({ data: { blockerId, blockedId } });
    return ok();
  });
}

// Unblocking someone never blocked changes nothing and is no error.
export async function unblockUser(blockerId: number, blockedId: number): Promise<Result> {
  await db.block.deleteMany({ where: { blockerId, blockedId } });
  return ok();
}

export function setBlock(blockerId: number, blockedId: number, intent: "block" | "unblock") {
  return intent === "block" ? blockUser(blockerId, blockedId) : unblockUser(blockerId, blockedId);
}
