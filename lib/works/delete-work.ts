import "server-only";
import { db } from "@/lib/db";
import { adjustTagUses } from "@/lib/tags/find-or-create-tags";
import { lockOwnWork } from "@/lib/works/lock-own-work";

// Deletes a work with its chapters, kudos, comments, tag links and hits (foreign-key cascades) in
// one transaction. Bookmarks stay, pointing nowhere, so readers keep their notes (AO3's
// "This has been deleted, sorry!").
export async function deleteWork(creatorId: number, workId: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const work = await lockOwnWork(tx, workId, creatorId);
    if (!work) return false;
    if (work.posted) {
      const links = await tx.workTag.findMany({ where: { workId }, select: { tagId: true } });
      await adjustTagUses(tx, links.map((link) => link.tagId), -1);
    }
    await tx.work.delete({ where: { id: workId } });
    return true;
  });
}
