import { beforeAll, describe, expect, test } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { getBookmarkPanel } from "@/lib/bookmarks/get-bookmark-panel";
import { comment, guest, seasonedUser } from "@/lib/comments/comment-test-fixtures";
import { getWorkComments } from "@/lib/comments/get-work-comments";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";
import { listWorkRecipients } from "@/lib/gifts/list-gifts";
import { kudosSummary } from "@/lib/kudos/kudos-summary";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { muteUser } from "@/lib/muting/set-mute";
import { getReading } from "@/lib/readings/get-reading";
import { listOwnReadingListsFor } from "@/lib/reading-lists/list-reading-lists";
import { getSeriesPlace } from "@/lib/series/get-series-place";
import { isSubscribed } from "@/lib/subscriptions/subscriptions";
import { getWorkPage, type ShownChapters } from "@/lib/work-page/get-work-page";
import { getChapterTexts, getReadableWork } from "@/lib/works/get-work";
import { makeWork, unique } from "../../scripts/test/fixtures";

// The work page reads everything in one statement; the separate reads it replaced are the
// reference: for every viewer and every choice of chapters, both must say the same.

const viewerOf = (user: { id: number; username: string }, role: Viewer["role"] = "USER"): Viewer => ({ id: user.id, username: user.username, role });

async function chapter(workId: number, position: number, posted: boolean) {
  return db.chapter.create({ data: { workId, position, body: `<p>Chapter ${position}</p>`, posted, title: `Part ${position}` }, select: { id: true } });
}

// A work with something of everything: co-creator, drafts among its chapters, tags, kudos from
// users and guests, gifts (one refused), a series with restricted and draft neighbours, comments
// approved, awaiting approval, deleted and by a muted user, and a reader with history, a
// subscription, a bookmark and reading lists.
async function richWork() {
  const [writer, coCreator, reader, other] = [await seasonedUser("writer"), await seasonedUser("cocreator"), await seasonedUser("reader"), await seasonedUser("other")];
  const series = unique("Saga");
  const before = await makeWork(writer.id, { series, restricted: "on" });
  const work = await makeWork(writer.id, {
    series,
    commentPermission: "EVERYONE",
    moderateComments: "on",
    summary: "<p>A summary</p>",
    relationships: "Alpha/Beta, Gamma & Delta",
    characters: "Alpha, Beta",
    freeforms: "Fluff, Angst",
  });
  await makeWork(writer.id, { series }, { draft: true });
  const after = await makeWork(writer.id, { series });
  const first = await db.chapter.findFirstOrThrow({ where: { workId: work.id }, select: { id: true } });
  const second = await chapter(work.id, 2, true);
  const draft = await chapter(work.id, 3, false);
  await db.creatorship.create({ data: { workId: work.id, userId: coCreator.id, status: "ACCEPTED", acceptedAt: new Date() } });

  for (const giver of [reader, other]) await leaveKudos(work.id, { userId: giver.id });
  await leaveKudos(work.id, { guestKey: "guest-a" });
  // Distinct times: the names are listed newest first.
  await db.$executeRaw`UPDATE kudos SET created_at = created_at + (id * interval '1 second') WHERE work_id = ${work.id}`;
  await db.gift.create({ data: { workId: work.id, recipientId: reader.id } });
  await db.gift.create({ data: { workId: work.id, recipientId: other.id, refusedAt: new Date() } });

  // Moderated: readers' comments wait for approval; the guest's is left waiting.
  const onFirst = await comment(reader, { workId: work.id, chapterId: first.id }, "On one");
  const byOther = await comment(other, { workId: work.id, chapterId: second.id }, "On two, from other");
  await db.comment.updateMany({ where: { workId: work.id }, data: { approved: true } });
  await comment(writer, { workId: work.id, chapterId: first.id }, "A reply", onFirst);
  await comment(reader, { workId: work.id, chapterId: second.id }, "Reply to other, waiting", byOther);
  await postComment(guest(), { workId: work.id, chapterId: second.id, body: "From a guest" });
  const deleted = await comment(writer, { workId: work.id, chapterId: first.id }, "To be deleted");
  await comment(reader, { workId: work.id, chapterId: first.id }, "Below the deleted one", deleted);
  await db.comment.update({ where: { id: deleted }, data: { deletedAt: new Date(), editedAt: new Date() } });
  await muteUser(reader.id, other.id);

  await db.reading.create({ data: { userId: reader.id, workId: work.id, chapterId: second.id, position: 420, views: 2, lastReadAt: new Date(), toRead: true, markedAt: new Date() } });
  await db.subscription.create({ data: { subscriberId: reader.id, workId: work.id } });
  const tag = await db.tag.create({ data: { name: unique("Rec"), type: "FREEFORM" } });
  const bookmark = await db.bookmark.create({ data: { userId: reader.id, workId: work.id, notes: "Notes", rec: true, tags: { create: [{ tagId: tag.id }] } } });
  const holding = await db.readingList.create({ data: { ownerId: reader.id, name: "B list" } });
  await db.readingList.create({ data: { ownerId: reader.id, name: "A list", private: true } });
  await db.readingListItem.create({ data: { listId: holding.id, bookmarkId: bookmark.id, ownerId: reader.id } });

  return {
    work,
    chapters: { first: first.id, second: second.id, draft: draft.id },
    neighbours: { before: before.id, after: after.id },
    viewers: { writer: viewerOf(writer), coCreator: viewerOf(coCreator), reader: viewerOf(reader), other: viewerOf(other), admin: viewerOf(other, "ADMIN") },
  };
}

const byName = <T extends { tag: { name: string } }>(tags: T[]) => [...tags].sort((a, b) => a.tag.name.localeCompare(b.tag.name));

// What the separate reads say the page should show.
async function separately(workId: number, viewer: Viewer | null, shown: ShownChapters) {
  const work = await getReadableWork(workId, viewer);
  if (!work) return null;
  const texts = shown === "all" ? work.chapters : shown === "first" ? work.chapters.slice(0, 1) : work.chapters.filter((c) => c.id === shown);
  const commentsChapter = shown === "all" ? (work.chapters.length > 1 ? null : work.chapters[0]!.id) : texts[0]?.id;
  return {
    work: { ...work, tags: byName(work.tags) },
    texts: await getChapterTexts(workId, texts.map((c) => c.id)),
    kudos: await kudosSummary(workId),
    recipients: await listWorkRecipients(workId),
    seriesPlace: await getSeriesPlace(workId, viewer),
    comments: commentsChapter === undefined ? null : await getWorkComments(workId, commentsChapter, viewer),
    mine: viewer
      ? {
          reading: await getReading(viewer.id, workId),
          subscribed: await isSubscribed(viewer.id, { workId }),
          bookmarkPanel: await getBookmarkPanel(workId, viewer),
          readingLists: await listOwnReadingListsFor(viewer.id, workId),
        }
      : null,
  };
}

async function together(workId: number, viewer: Viewer | null, shown: ShownChapters) {
  const page = await getWorkPage(workId, viewer, shown);
  if (!page) return null;
  return { ...page, work: { ...page.work, tags: byName(page.work.tags) }, comments: page.texts.length === 0 ? null : page.comments };
}

describe("the work page's one statement", () => {
  // One work for the six viewers (guest, writer, co-creator, reader, other, admin), each its own
  // test: every choice of chapters, compared with the separate reads.
  let rich: Awaited<ReturnType<typeof richWork>>;
  beforeAll(async () => {
    rich = await richWork();
  });
  test.each(["guest", "writer", "coCreator", "reader", "other", "admin"] as const)(
    "shows the %s what the separate reads show, for every choice of chapters",
    async (name) => {
      const { work, chapters, viewers } = rich;
      const viewer = name === "guest" ? null : viewers[name];
      for (const shown of ["all", "first", chapters.first, chapters.second, chapters.draft] as ShownChapters[]) {
        const expected = await separately(work.id, viewer, shown);
        expect(await together(work.id, viewer, shown), `${name}, chapters ${shown}`).toEqual(expected);
      }
    },
  );

  test("the whole page is there: muted readers' comments hidden, the series' neighbours as each viewer may see them", async () => {
    const { work, neighbours, viewers, chapters } = await richWork();
    const forReader = await getWorkPage(work.id, viewers.reader, "all");
    expect(forReader?.seriesPlace).toMatchObject({ part: 2, previousWorkId: neighbours.before, nextWorkId: neighbours.after });
    expect((await getWorkPage(work.id, null, "all"))?.seriesPlace).toMatchObject({ part: 2, previousWorkId: null, nextWorkId: neighbours.after });
    const hidden = forReader?.comments.threads.find((thread) => thread.chapterId === chapters.second && thread.authorId === viewers.other.id);
    expect(hidden).toMatchObject({ mutedAuthor: true, body: "" });
    expect(forReader?.kudos).toEqual({ names: [viewers.other.username, viewers.reader.username], moreUsers: 0, guests: 1 });
    expect(forReader?.mine?.readingLists.map((list) => [list.name, list.holdsWork])).toEqual([["A list", false], ["B list", true]]);
    expect(forReader?.work.chapters.map((chapter) => chapter.id)).toEqual([chapters.first, chapters.second]);
    expect((await getWorkPage(work.id, viewers.coCreator, "all"))?.work.chapters.map((chapter) => chapter.id)).toEqual(Object.values(chapters));
  });

  test("works a viewer may not open are null: restricted ones for guests, drafts for all but their creators", async () => {
    const writer = await seasonedUser("writer");
    const reader = viewerOf(await seasonedUser("reader"));
    const restricted = await makeWork(writer.id, { restricted: "on" });
    const draft = await makeWork(writer.id, {}, { draft: true });
    expect(await getWorkPage(restricted.id, null, "all")).toBeNull();
    expect((await getWorkPage(restricted.id, reader, "all"))?.work.id).toBe(restricted.id);
    expect(await getWorkPage(draft.id, reader, "all")).toBeNull();
    expect((await getWorkPage(draft.id, viewerOf(writer), "all"))?.work.isCreator).toBe(true);
    expect(await getWorkPage(999_999_999, null, "all")).toBeNull();
  });
});
