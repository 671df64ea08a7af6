import "server-only";
import { db } from "@/lib/db";
import { lockWorkForCreators } from "@/lib/creatorships/lock-work";
import { fail, ok, type Result } from "@/lib/result";

// "Remove me as co-creator": the work stays with its other creators. The last creator can't
// leave (the work would belong to nobody); with the work locked, two creators leaving at once
// can't both go. When the primary creator leaves, the earliest remaining creator takes over
// works.creator_id.
export async function leaveWork(userId: number, workId: number): Promise<Result<{ posted: boolean }>> {
  return db.$transaction(async (tx): Promise<Result<{ posted: boolean }>> => {
    const work = await lockWorkForCreators(tx, workId);
    if (!work) return fail("not_found");
    const creators = await tx.creatorship.findMany({
      where: { workId, status: "ACCEPTED" },
      orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
      select: { userId: true },
    });
    if (!creators.some((creator) => creator.userId === userId)) return fail("not_found");
    const others = creators.filter((creator) => creator.userId !== userId);
    const successor = others[0];
    if (!successor) return fail("creator_last");
    await tx.creatorship.delete({ where: { workId_userId: { workId, userId } } });
    if (work.creator_id === userId) await tx.work.update({ where: { id: workId }, data: { creatorId: successor.userId } });
    return ok({ posted: work.posted });
  });
}
