import "server-only";
import { db } from "@/lib/db";
import { isBlockedByAny } from "@/lib/muting/block-check";
import { fail, ok, type Result } from "@/lib/result";
import { listedWorksWhere } from "@/lib/works/visibility";

export type KudosGiver = { userId: number } | { guestKey: string };

// One kudos per user (or guest visitor) per work, never from one of its creators nor from a user
// one of its creators has blocked. The unique
// constraints decide; the counter moves only when a row was really inserted, in the same
// transaction, so concurrent clicks count once.
export async function leaveKudos(workId: number, giver: KudosGiver): Promise<Result> {
  const userId = "userId" in giver ? giver.userId : null;
  const guestKey = "guestKey" in giver ? giver.guestKey : null;
  return db.$transaction(async (tx): Promise<Result> => {
    // Only works the giver may list: guests never restricted works, nobody drafts.
    const work = await tx.work.findFirst({
      where: { AND: [{ id: workId }, listedWorksWhere(userId === null ? null : { id: userId })] },
      select: { creatorships: { where: { status: "ACCEPTED" }, select: { userId: true } } },
    });
    if (!work) return fail("not_found");
    if (work.creatorships.some((creator) => creator.userId === userId)) return fail("kudos_own_work");
    if (userId !== null && (await isBlockedByAny(tx, work.creatorships.map((creator) => creator.userId), userId))) return fail("blocked");
    const inserted = await tx.$executeRaw`
      INSERT INTO kudos (work_id, user_id, guest_key) VALUES (${workId}, ${userId}, ${guestKey})
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) return fail("kudos_already");
    await tx.work.update({ where: { id: workId }, data: { kudosCount: { increment: 1 } } });
    return ok();
  });
}
