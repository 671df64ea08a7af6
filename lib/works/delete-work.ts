import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { adjustTagUses } from "@/lib/tags/find-or-create-tags";
import { lockOwnWork } from "@/lib/works/lock-own-work";

// Deletes a work with its chapters, kudos, comments, tag links and hits (foreign-key cascades) in
// one transaction. Bookmarks stay, pointing nowhere, so readers keep their notes (AO3's
// "This has been deleted, sorry!").
export async function deleteWork(creatorId: number, workId: number): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const work = await lockOwnWork(tx, workId, creatorId);
    if (!work) return fail("not_found");
    if (work.posted) {
      const links = await tx.workTag.findMany({ where: { workId }, select: { tagId: true } });
      await adjustTagUses(tx, { removed: links.map((link) => link.tagId) });
    }
    await tx.work.delete({ where: { id: workId } });
    return ok();
  });
}
