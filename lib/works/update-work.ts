import "server-only";
import { checkCoCreators, inviteCoCreators } from "@/lib/creatorships/invite-co-creators";
import { db } from "@/lib/db";
import { resolveGiftRecipients, saveGifts } from "@/lib/gifts/save-gifts";
import { notifyNewWork } from "@/lib/notices/notify-new-work";
import { fail, ok, type Result } from "@/lib/result";
import { placeInSeries } from "@/lib/series/place-in-series";
import { adjustTagUses, findOrCreateWorkTags } from "@/lib/tags/find-or-create-tags";
import { lockOwnWork } from "@/lib/works/lock-own-work";
import { refreshWorkTotals } from "@/lib/works/refresh-work-totals";
import type { WorkMetadataInput } from "@/lib/works/schema";
import { workFields } from "@/lib/works/work-fields";
import { workTagRequests } from "@/lib/works/work-tag-requests";

// Saves the work's metadata and tags; `post` also posts a draft work with all its chapters.
// A tag typed in the wrong field is refused before anything is written.
export async function updateWork(creatorId: number, workId: number, input: WorkMetadataInput, { post }: { post: boolean }) {
  return db.$transaction(async (tx): Promise<Result<{ id: number }>> => {
    const work = await lockOwnWork(tx, workId, creatorId);
    if (!work) return fail("not_found");
    const coCreators = await checkCoCreators(tx, { workId, inviterId: creatorId, names: input.coCreators });
    if (!coCreators.ok) return coCreators;
    const postingNow = post && !work.posted;
    const before = (await tx.workTag.findMany({ where: { workId }, select: { tagId: true } })).map((link) => link.tagId);
    const recipients = await resolveGiftRecipients(tx, { giverId: creatorId, workId, usernames: input.gifts });
    if (!recipients.ok) return recipients;
    const found = await findOrCreateWorkTags(tx, workTagRequests(input));
    if (!found.ok) return found;
    const after = found.value.map((tag) => tag.id);
    await tx.workTag.deleteMany({ where: { workId, tagId: { notIn: after } } });
    await tx.workTag.createMany({ data: after.map((tagId) => ({ workId, tagId })), skipDuplicates: true });
    if (work.posted) {
      await adjustTagUses(tx, { removed: before.filter((id) => !after.includes(id)), added: after.filter((id) => !before.includes(id)) });
    } else if (postingNow) {
      await adjustTagUses(tx, { added: after });
    }
    const now = new Date();
    await tx.work.update({
      where: { id: workId },
      data: {
        ...workFields(input),
        ...(input.publishedAt && work.posted ? { publishedAt: input.publishedAt } : {}),
        ...(postingNow ? { posted: true, publishedAt: input.publishedAt ?? now, revisedAt: now } : {}),
      },
    });
    if (postingNow) {
      await tx.chapter.updateMany({ where: { workId }, data: { posted: true, publishedAt: input.publishedAt ?? now } });
      await notifyNewWork(tx, workId);
    }
    const posted = work.posted || postingNow;
    await placeInSeries(tx, { workId, creatorId, title: input.series, posted, postingNow });
    await saveGifts(tx, { workId, recipients: recipients.value, posted, postingNow });
    await inviteCoCreators(tx, workId, creatorId, coCreators.value);
    await refreshWorkTotals(tx, workId, { revised: false });
    return ok({ id: workId });
  });
}
