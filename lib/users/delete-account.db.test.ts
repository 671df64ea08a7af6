import { describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { viewerFromToken } from "@/lib/auth/viewer";
import { comment, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { db } from "@/lib/db";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { PASSWORD, userWithPassword } from "@/lib/users/account-test-fixtures";
import { deleteAccount } from "@/lib/users/delete-account";
import { ORPHAN_ACCOUNT_USERNAME } from "@/lib/users/orphan-account";
import { makeWork, unique } from "../../scripts/test/fixtures";

const workCounts = (id: number) =>
  db.work.findUniqueOrThrow({ where: { id }, select: { kudosCount: true, bookmarksCount: true, commentsCount: true, creatorId: true } });
const tagUses = async (name: string) => (await db.tag.findUniqueOrThrow({ where: { nameKey: name.toLowerCase() }, select: { usesCount: true } })).usesCount;

// A leaving writer with a posted work (its own fandom), a draft, feedback given to a bystander's
// work (kudos, a public and a private bookmark, a comment, a subscription) and a comment on their own work.
async function leavingWriter() {
  const leaver = await userWithPassword("leaver");
  await db.user.update({ where: { id: leaver.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
  const fandom = unique("Leaver Fandom");
  const own = await workWithChapter(leaver.id, { fandoms: fandom });
  const draft = await makeWork(leaver.id, {}, { draft: true });
  const bystander = await seasonedUser("bystander");
  const theirs = await workWithChapter(bystander.id);
  const theirsToo = await workWithChapter(bystander.id);
  const viewer = { id: leaver.id, username: leaver.username, role: "USER" as const };

  await leaveKudos(theirs.workId, { userId: leaver.id });
  await leaveKudos(theirs.workId, { userId: bystander.id }).catch(() => null);
  await createBookmark(viewer, theirs.workId, { notes: "", tags: [], rec: false, private: false });
  await createBookmark(viewer, theirsToo.workId, { notes: "", tags: [], rec: false, private: true });
  await subscribe(leaver.id, { workId: theirs.workId });
  await subscribe(bystander.id, { creatorId: leaver.id });
  const leaverComment = await comment(viewer, theirs, "A comment that outlives its account.");
  const bystanderComment = await comment(bystander, own, "A comment on the leaver's work.");
  const ownComment = await comment(viewer, own, "The writer answers on their own work.");
  return { leaver, bystander, own, draft, theirs, theirsToo, fandom, leaverComment, bystanderComment, ownComment };
}

async function expectAccountGone(leaver: { id: number; username: string; email: string }) {
  expect(await db.user.findUnique({ where: { id: leaver.id } })).toBeNull();
  expect(await viewerFromToken({ userId: leaver.id, sessionVersion: 0 })).toBeNull();
  expect(await db.kudo.count({ where: { userId: leaver.id } })).toBe(0);
  expect(await db.bookmark.count({ where: { userId: leaver.id } })).toBe(0);
  expect(await db.subscription.count({ where: { OR: [{ subscriberId: leaver.id }, { subscribedCreatorId: leaver.id }] } })).toBe(0);
  // The name and the address are free again.
  const again = await db.user.create({ data: { username: leaver.username, email: leaver.email, passwordHash: "x" }, select: { id: true } });
  expect(again.id).not.toBe(leaver.id);
}

describe("deleting an account", () => {
  test("orphaning: posted works go to orphan_account, drafts go, comments stay without the name, counts follow", async () => {
    const world = await leavingWriter();
    expect(await workCounts(world.theirs.workId)).toMatchObject({ kudosCount: 1, bookmarksCount: 1, commentsCount: 1 });
    const usesBefore = await tagUses(world.fandom);

    const result = await deleteAccount(world.leaver.id, world.leaver.id, { works: "orphan", password: PASSWORD });
    expect(result).toEqual({ ok: true, value: undefined });

    const orphan = await db.user.findUniqueOrThrow({ where: { usernameKey: ORPHAN_ACCOUNT_USERNAME }, select: { id: true } });
    expect((await workCounts(world.own.workId)).creatorId).toBe(orphan.id);
    expect(await db.work.findUnique({ where: { id: world.draft.id } })).toBeNull();
    expect(await tagUses(world.fandom)).toBe(usesBefore);
    // Both comments on the orphaned work and the one elsewhere stay, from no one.
    const comments = await db.comment.findMany({
      where: { id: { in: [world.leaverComment, world.ownComment, world.bystanderComment] } },
      select: { id: true, authorId: true, guestName: true },
      orderBy: { id: "asc" },
    });
    expect(comments).toEqual([
      { id: world.leaverComment, authorId: null, guestName: null },
      { id: world.bystanderComment, authorId: world.bystander.id, guestName: null },
      { id: world.ownComment, authorId: null, guestName: null },
    ]);
    expect(await workCounts(world.theirs.workId)).toMatchObject({ kudosCount: 0, bookmarksCount: 0, commentsCount: 1 });
    await expectAccountGone(world.leaver);
  });

  test("deleting works: they go with their comments and tag uses; comments elsewhere stay", async () => {
    const world = await leavingWriter();
    const usesBefore = await tagUses(world.fandom);

    const result = await deleteAccount(world.leaver.id, world.leaver.id, { works: "delete", password: PASSWORD });
    expect(result).toEqual({ ok: true, value: undefined });

    expect(await db.work.count({ where: { id: { in: [world.own.workId, world.draft.id] } } })).toBe(0);
    expect(await tagUses(world.fandom)).toBe(usesBefore - 1);
    expect(await db.comment.count({ where: { id: { in: [world.bystanderComment, world.ownComment] } } })).toBe(0);
    expect(await db.comment.findUniqueOrThrow({ where: { id: world.leaverComment }, select: { authorId: true, body: true } })).toEqual({
      authorId: null,
      body: expect.stringContaining("outlives its account"),
    });
    expect(await workCounts(world.theirs.workId)).toMatchObject({ kudosCount: 0, bookmarksCount: 0, commentsCount: 1 });
    await expectAccountGone(world.leaver);
  });

  test("a wrong password or someone else's account deletes nothing", async () => {
    const world = await leavingWriter();
    expect(await deleteAccount(world.leaver.id, world.leaver.id, { works: "delete", password: "not my password" })).toEqual({
      ok: false,
      code: "password_wrong",
      field: "password",
    });
    expect(await deleteAccount(world.bystander.id, world.leaver.id, { works: "delete", password: PASSWORD })).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await db.user.findUnique({ where: { id: world.leaver.id }, select: { id: true } })).toEqual({ id: world.leaver.id });
    expect(await db.work.count({ where: { creatorId: world.leaver.id } })).toBe(2);
    expect(await workCounts(world.theirs.workId)).toMatchObject({ kudosCount: 1, bookmarksCount: 1 });
  });

  for (const works of ["orphan", "delete"] as const) {
    test(`a co-created work stays with its other creators (${works} my works)`, async () => {
      const leaver = await userWithPassword("primary");
      const partner = await seasonedUser("partner");
      const shared = await makeWork(leaver.id);
      await db.creatorship.create({ data: { workId: shared.id, userId: partner.id, status: "ACCEPTED", invitedById: leaver.id, acceptedAt: new Date() } });
      expect((await deleteAccount(leaver.id, leaver.id, { works, password: PASSWORD })).ok).toBe(true);
      expect(await workCounts(shared.id)).toMatchObject({ creatorId: partner.id });
      const creators = await db.creatorship.findMany({ where: { workId: shared.id }, select: { userId: true, status: true } });
      expect(creators).toEqual([{ userId: partner.id, status: "ACCEPTED" }]);
    });
  }

  test("an orphaned work's byline is orphan_account's", async () => {
    const leaver = await userWithPassword("soloist");
    const work = await makeWork(leaver.id);
    expect((await deleteAccount(leaver.id, leaver.id, { works: "orphan", password: PASSWORD })).ok).toBe(true);
    const creators = await db.creatorship.findMany({ where: { workId: work.id, status: "ACCEPTED" }, select: { user: { select: { username: true } } } });
    expect(creators.map((row) => row.user.username)).toEqual([ORPHAN_ACCOUNT_USERNAME]);
  });
});
