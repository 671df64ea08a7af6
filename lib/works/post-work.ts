import "server-only";
import { db } from "@/lib/db";
import { chapterData } from "@/lib/chapters/chapter-text";
import { resolveGiftRecipients, saveGifts } from "@/lib/gifts/save-gifts";
import { checkCoCreators, inviteCoCreators } from "@/lib/creatorships/invite-co-creators";
import { notifyNewWork } from "@/lib/notices/notify-new-work";
import { ok, type Result } from "@/lib/result";
import { placeInSeries } from "@/lib/series/place-in-series";
import { adjustTagUses, findOrCreateWorkTags } from "@/lib/tags/find-or-create-tags";
import type { PostWorkInput } from "@/lib/works/schema";
import { refreshWorkTotals } from "@/lib/works/refresh-work-totals";
import { workFields } from "@/lib/works/work-fields";
import { workTagRequests } from "@/lib/works/work-tag-requests";

// Creates a work with its chapters (one from the form, more from an import) and tags in one
// transaction. Text is sanitised here, the only way in, so nothing unsanitised is stored. A tag
// typed in the wrong field is refused before anything is written.
export async function postWork(creatorId: number, input: PostWorkInput, { draft }: { draft: boolean }) {
  const chapters = [input, ...input.extraChapters].map(chapterData);
  const posted = !draft;
  const publishedAt = posted ? (input.publishedAt ?? new Date()) : null;
  return db.$transaction(async (tx): Promise<Result<{ id: number }>> => {
    const recipients = await resolveGiftRecipients(tx, { giverId: creatorId, workId: null, usernames: input.gifts });
    if (!recipients.ok) return recipients;
    const coCreators = await checkCoCreators(tx, { workId: null, inviterId: creatorId, names: input.coCreators });
    if (!coCreators.ok) return coCreators;
    const found = await findOrCreateWorkTags(tx, workTagRequests(input));
    if (!found.ok) return found;
    const tags = found.value;
    const work = await tx.work.create({
      data: {
        creatorId,
        ...workFields(input),
        posted,
        publishedAt,
        revisedAt: publishedAt ?? new Date(),
        chapters: {
          createMany: { data: chapters.map((chapter, index) => ({ position: index + 1, ...chapter, posted, publishedAt })) },
        },
        tags: { createMany: { data: tags.map((tag) => ({ tagId: tag.id })) } },
      },
      select: { id: true },
    });
    await refreshWorkTotals(tx, work.id, { revised: false });
    await inviteCoCreators(tx, work.id, creatorId, coCreators.value);
    if (posted) {
      await adjustTagUses(tx, { added: tags.map((tag) => tag.id) });
      await notifyNewWork(tx, work.id);
    }
    await placeInSeries(tx, { workId: work.id, creatorId, title: input.series, posted, postingNow: posted });
    await saveGifts(tx, { workId: work.id, recipients: recipients.value, posted, postingNow: posted });
    return ok(work);
  });
}
