import { describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { listUserBookmarks } from "@/lib/bookmarks/list-user-bookmarks";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { comment, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { getWorkComments } from "@/lib/comments/get-work-comments";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { lockBlockPair } from "@/lib/muting/block-check";
import { MUTED_USERS_MAX } from "@/lib/muting/limits";
import { blockUser, unblockUser } from "@/lib/muting/set-block";
import { muteUser, unmuteUser } from "@/lib/muting/set-mute";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

const kudosCount = async (id: number) => (await db.work.findUniqueOrThrow({ where: { id }, select: { kudosCount: true } })).kudosCount;

describe("muting", () => {
  test("a muted writer's works leave the muter's listing, its count and its facets, not a guest's", async () => {
    const muted = await makeUser("muted");
    const other = await makeUser("other");
    const reader = await makeUser("reader");
    const fandom = unique("Mute Fandom");
    const mutedTag = unique("Muted Writer Tag");
    await makeWork(muted.id, { fandoms: fandom, freeforms: mutedTag });
    await makeWork(muted.id, { fandoms: fandom, freeforms: mutedTag });
    const kept = await makeWork(other.id, { fandoms: fandom });
    expect((await muteUser(reader.id, muted.id)).ok).toBe(true);

    const filter = parseWorkFilter({ include: fandom });
    const forMuter = await filterWorks(filter, reader, {}, { facets: true });
    expect(forMuter.works.map((work) => work.id)).toEqual([kept.id]);
    expect(forMuter.total).toBe(1);
    expect(forMuter.facets.map((facet) => facet.name)).not.toContain(mutedTag);
    expect(forMuter.facets).toContainEqual({ type: "FANDOM", name: fandom, count: 1 });
    expect((await filterWorks(filter, null)).total).toBe(3);
    expect((await filterWorks(filter, other)).total).toBe(3);
    expect((await filterWorks(parseWorkFilter({}), reader, { creatorId: muted.id })).total).toBe(0);

    await unmuteUser(reader.id, muted.id);
    expect((await filterWorks(filter, reader)).total).toBe(3);
  });

  test("a muted user's bookmarks, and bookmarks of a muted writer's works, leave others' lists for the muter", async () => {
    const muted = await makeUser("muted");
    const bookmarker = await makeUser("bookmarker");
    const reader = await makeUser("reader");
    const mutedWork = await makeWork(muted.id);
    const otherWork = await makeWork(bookmarker.id);
    await createBookmark(muted, otherWork.id, bookmarkSchema.parse({}));
    await createBookmark(bookmarker, mutedWork.id, bookmarkSchema.parse({}));
    await createBookmark(bookmarker, otherWork.id, bookmarkSchema.parse({}));
    await muteUser(reader.id, muted.id);

    expect((await listUserBookmarks(muted.id, reader, 1)).total).toBe(0);
    expect((await listUserBookmarks(muted.id, null, 1)).total).toBe(1);
    const list = await listUserBookmarks(bookmarker.id, reader, 1);
    expect(list.total).toBe(1);
    expect(list.bookmarks.map((bookmark) => bookmark.work?.id)).toEqual([otherWork.id]);
    expect((await listUserBookmarks(bookmarker.id, bookmarker, 1)).total).toBe(2);
  });

  test("a muted user's comment is hidden for the muter; others' replies to it stay", async () => {
    const writer = await seasonedUser("writer");
    const muted = await seasonedUser("muted");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const first = await comment(muted, target, "From the muted user.");
    await comment(writer, target, "A reply by the writer.", first);
    await comment(muted, target, "A lone muted comment.");
    await muteUser(reader.id, muted.id);

    const forMuter = await getWorkComments(target.workId, target.chapterId, reader);
    expect(forMuter?.threads).toHaveLength(1);
    expect(forMuter?.threads[0]).toMatchObject({ mutedAuthor: true, body: "" });
    expect(forMuter?.threads[0]?.replies[0]).toMatchObject({ mutedAuthor: false, body: "<p>A reply by the writer.</p>" });
    const forGuest = await getWorkComments(target.workId, target.chapterId, null);
    expect(forGuest?.threads).toHaveLength(2);
    expect(forGuest?.threads[0]).toMatchObject({ mutedAuthor: false, body: "<p>From the muted user.</p>" });
  });

  test("nobody mutes or blocks themselves, in the code and in the database", async () => {
    const user = await makeUser("self");
    expect(await muteUser(user.id, user.id)).toEqual({ ok: false, code: "not_found" });
    expect(await blockUser(user.id, user.id)).toEqual({ ok: false, code: "not_found" });
    await expect(db.mute.create({ data: { muterId: user.id, mutedId: user.id } })).rejects.toThrow();
    await expect(db.block.create({ data: { blockerId: user.id, blockedId: user.id } })).rejects.toThrow();
  });

  test("the cap on muted users holds when the last two mutes arrive at once", async () => {
    const muter = await makeUser("muter");
    const prefix = unique("many");
    await db.user.createMany({
      data: Array.from({ length: MUTED_USERS_MAX + 1 }, (_, i) => ({ username: `${prefix}_${i}`, email: `${prefix}_${i}@example.test`, passwordHash: "x" })),
    });
    const targets = await db.user.findMany({ where: { username: { startsWith: `${prefix}_` } }, select: { id: true }, orderBy: { id: "asc" } });
    await db.mute.createMany({ data: targets.slice(0, MUTED_USERS_MAX - 1).map((target) => ({ muterId: muter.id, mutedId: target.id })) });
    const [a, b] = targets.slice(MUTED_USERS_MAX - 1);
    const results = await Promise.all([muteUser(muter.id, a!.id), muteUser(muter.id, b!.id)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results).toContainEqual({ ok: false, code: "mute_limit", params: { max: MUTED_USERS_MAX } });
    expect(await db.mute.count({ where: { muterId: muter.id } })).toBe(MUTED_USERS_MAX);
  });
});

describe("blocking", () => {
  test("a blocked user cannot leave kudos or comment on the blocker's works, nor reply to the blocker's comments", async () => {
    const blocker = await seasonedUser("blocker");
    const blocked = await seasonedUser("blocked");
    const third = await seasonedUser("third");
    const blockersWork = await workWithChapter(blocker.id);
    const thirdsWork = await workWithChapter(third.id);
    const blockersComment = await comment(blocker, thirdsWork, "The blocker speaks elsewhere.");
    const thirdsComment = await comment(third, thirdsWork, "Someone else speaks.");
    expect((await blockUser(blocker.id, blocked.id)).ok).toBe(true);

    expect(await leaveKudos(blockersWork.workId, { userId: blocked.id })).toEqual({ ok: false, code: "blocked" });
    expect(await kudosCount(blockersWork.workId)).toBe(0);
    const onWork = await postComment({ user: blocked }, { ...blockersWork, body: "Let me in." });
    expect(onWork).toEqual({ ok: false, code: "blocked", field: "body" });
    const reply = await postComment({ user: blocked }, { ...thirdsWork, parentId: blockersComment, body: "A reply." });
    expect(reply).toEqual({ ok: false, code: "blocked", field: "body" });
    // Elsewhere the blocked user goes on as before: a block hides nothing and stops nothing else.
    expect((await postComment({ user: blocked }, { ...thirdsWork, parentId: thirdsComment, body: "Fine here." })).ok).toBe(true);
    expect((await leaveKudos(thirdsWork.workId, { userId: blocked.id })).ok).toBe(true);
    expect(await db.comment.count({ where: { authorId: blocked.id } })).toBe(1);

    await unblockUser(blocker.id, blocked.id);
    expect((await leaveKudos(blockersWork.workId, { userId: blocked.id })).ok).toBe(true);
  });

  test("a kudos sent while a block is being written waits for it and is refused", async () => {
    const blocker = await makeUser("blocker");
    const blocked = await makeUser("blocked");
    const work = await makeWork(blocker.id);
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The block's own steps, held open before commit.
    const blocking = db.$transaction(async (tx) => {
      await lockBlockPair(tx, blocker.id, blocked.id);
      await tx.block.create({ data: { blockerId: blocker.id, blockedId: blocked.id } });
      holding();
      await released;
    }, { timeout: 15_000 });
    await held;
    const kudos = leaveKudos(work.id, { userId: blocked.id });
    // Let the block commit only once the kudos waits on the pair's lock.
    for (let waiting = 0; waiting === 0; ) {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
      waiting = row?.count ?? 0;
    }
    release();
    await blocking;
    expect(await kudos).toEqual({ ok: false, code: "blocked" });
    expect(await kudosCount(work.id)).toBe(0);
  });
});
