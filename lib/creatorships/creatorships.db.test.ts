import { describe, expect, test } from "vitest";
import { approveComment } from "@/lib/comments/approve-comment";
import { comment, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { deleteComment } from "@/lib/comments/delete-comment";
import { acceptInvitation, rejectInvitation } from "@/lib/creatorships/answer-invitation";
import { CREATORS_MAX } from "@/lib/creatorships/limits";
import { leaveWork } from "@/lib/creatorships/leave-work";
import { listWorkCreators } from "@/lib/creatorships/list-creators";
import { db } from "@/lib/db";
import { listNotices } from "@/lib/notices/inbox";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { postWork } from "@/lib/works/post-work";
import { updateWork } from "@/lib/works/update-work";
import { workMetadataSchema } from "@/lib/works/schema";
import { makeUser, makeWork, unique, workInput } from "../../scripts/test/fixtures";

const metadata = (overrides: Record<string, string> = {}) =>
  workMetadataSchema.parse({
    rating: "General Audiences",
    warnings: ["No Archive Warnings Apply"],
    fandoms: "Test Fandom",
    title: unique("Edited"),
    ...overrides,
  });

async function creatorshipsOf(workId: number) {
  const rows = await db.creatorship.findMany({ where: { workId }, orderBy: { id: "asc" }, select: { userId: true, status: true } });
  return rows.map((row) => [row.userId, row.status]);
}

async function primaryCreator(workId: number) {
  return (await db.work.findUniqueOrThrow({ where: { id: workId }, select: { creatorId: true } })).creatorId;
}

describe("inviting co-creators", () => {
  test("a new work's creator is its first accepted creator", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    expect(await creatorshipsOf(work.id)).toEqual([[writer.id, "ACCEPTED"]]);
  });

  test("posting with co-creators invites them: an inbox notice each, and no rights until they accept", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const result = await postWork(writer.id, workInput({ coCreators: ` ${friend.username.toUpperCase()} , ${friend.username}` }), { draft: false });
    if (!result.ok) throw new Error(result.code);
    const workId = result.value.id;
    expect(await creatorshipsOf(workId)).toEqual([
      [writer.id, "ACCEPTED"],
      [friend.id, "INVITED"],
    ]);
    const { notices } = await listNotices(friend.id, 1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "CREATOR_INVITATION", work: { id: workId } });
    expect(notices[0]?.work?.creatorships.find((row) => row.userId === friend.id)).toMatchObject({
      status: "INVITED",
      invitedBy: { username: writer.username },
    });
    expect(await updateWork(friend.id, workId, metadata(), { post: false })).toEqual({ ok: false, code: "not_found" });
    expect(await listWorkCreators(workId)).toEqual({ creators: [writer.username], invited: [friend.username] });
  });

  test("an unknown username is refused beside the field, naming it, and nothing is written", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const ghost = unique("nobody");
    const title = unique("Refused");
    const result = await postWork(writer.id, workInput({ title, coCreators: `${friend.username}, ${ghost}` }), { draft: false });
    expect(result).toEqual({ ok: false, code: "co_creator_unknown", field: "coCreators", params: { names: ghost, count: 1 } });
    expect(await db.work.count({ where: { title } })).toBe(0);
    expect(await db.notice.count({ where: { userId: friend.id } })).toBe(0);

    const work = await makeWork(writer.id);
    const edit = await updateWork(writer.id, work.id, metadata({ title, coCreators: ghost }), { post: false });
    expect(edit).toMatchObject({ ok: false, code: "co_creator_unknown", field: "coCreators" });
    expect(await db.work.count({ where: { title } })).toBe(0);
  });

  test("inviting yourself, or someone already invited or a creator, is ignored", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const work = await makeWork(writer.id, { coCreators: writer.username.toUpperCase() });
    expect(await creatorshipsOf(work.id)).toEqual([[writer.id, "ACCEPTED"]]);
    await updateWork(writer.id, work.id, metadata({ coCreators: friend.username }), { post: false });
    await updateWork(writer.id, work.id, metadata({ coCreators: `${friend.username}, ${writer.username}` }), { post: false });
    expect(await creatorshipsOf(work.id)).toEqual([
      [writer.id, "ACCEPTED"],
      [friend.id, "INVITED"],
    ]);
    expect(await db.notice.count({ where: { userId: friend.id } })).toBe(1);
  });

  test(`a work has at most ${CREATORS_MAX} creators, invitations included`, async () => {
    const writer = await makeUser("writer");
    const others = await Promise.all(Array.from({ length: CREATORS_MAX }, () => makeUser("co")));
    const names = others.map((user) => user.username);
    expect(() => workInput({ coCreators: names.join(",") })).toThrow(/at most 10 creators/);
    const work = await makeWork(writer.id, { coCreators: names.slice(0, CREATORS_MAX - 1).join(",") });
    expect(await db.creatorship.count({ where: { workId: work.id } })).toBe(CREATORS_MAX);
    expect(await updateWork(writer.id, work.id, metadata({ coCreators: names.at(-1)! }), { post: false })).toEqual({
      ok: false,
      code: "co_creators_too_many",
      field: "coCreators",
      params: { max: CREATORS_MAX, total: CREATORS_MAX + 1 },
    });
  });
});

describe("answering an invitation", () => {
  test("accepting makes the invitee a creator who may edit; their subscribers hear of the work", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const fan = await makeUser("fan");
    await subscribe(fan.id, { creatorId: friend.id });
    const work = await makeWork(writer.id, { coCreators: friend.username });
    expect(await db.notice.count({ where: { userId: fan.id } })).toBe(0);
    expect(await acceptInvitation(friend.id, work.id)).toEqual({ ok: true, value: undefined });
    expect(await creatorshipsOf(work.id)).toEqual([
      [writer.id, "ACCEPTED"],
      [friend.id, "ACCEPTED"],
    ]);
    expect(await updateWork(friend.id, work.id, metadata(), { post: false })).toEqual({ ok: true, value: { id: work.id } });
    const { notices } = await listNotices(fan.id, 1);
    expect(notices.map((notice) => [notice.kind, notice.work?.id])).toEqual([["NEW_WORK", work.id]]);
    const invitation = (await listNotices(friend.id, 1)).notices[0];
    expect(invitation?.readAt).not.toBeNull();
  });

  test("two accepts at once make one creator and one notice for each subscriber", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const fan = await makeUser("fan");
    await subscribe(fan.id, { creatorId: friend.id });
    const work = await makeWork(writer.id, { coCreators: friend.username });
    const answers = await Promise.all([acceptInvitation(friend.id, work.id), acceptInvitation(friend.id, work.id), acceptInvitation(friend.id, work.id)]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await creatorshipsOf(work.id)).toEqual([
      [writer.id, "ACCEPTED"],
      [friend.id, "ACCEPTED"],
    ]);
    expect(await db.notice.count({ where: { userId: fan.id, workId: work.id, kind: "NEW_WORK" } })).toBe(1);
  });

  test("rejecting removes the invitation; it can't then be accepted, and can be sent again", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const work = await makeWork(writer.id, { coCreators: friend.username });
    expect(await rejectInvitation(friend.id, work.id)).toEqual({ ok: true, value: undefined });
    expect(await creatorshipsOf(work.id)).toEqual([[writer.id, "ACCEPTED"]]);
    expect(await acceptInvitation(friend.id, work.id)).toEqual({ ok: false, code: "invitation_closed" });
    expect(await rejectInvitation(friend.id, work.id)).toEqual({ ok: false, code: "invitation_closed" });
    await updateWork(writer.id, work.id, metadata({ coCreators: friend.username }), { post: false });
    expect(await creatorshipsOf(work.id)).toEqual([
      [writer.id, "ACCEPTED"],
      [friend.id, "INVITED"],
    ]);
  });

  test("nobody answers an invitation that isn't theirs, and a creator can't reject their creatorship", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const stranger = await makeUser("stranger");
    const work = await makeWork(writer.id, { coCreators: friend.username });
    expect(await acceptInvitation(stranger.id, work.id)).toEqual({ ok: false, code: "invitation_closed" });
    expect(await rejectInvitation(stranger.id, work.id)).toEqual({ ok: false, code: "invitation_closed" });
    expect(await rejectInvitation(writer.id, work.id)).toEqual({ ok: false, code: "invitation_closed" });
    expect(await acceptInvitation(friend.id, 2_000_000_000)).toEqual({ ok: false, code: "invitation_closed" });
    expect(await creatorshipsOf(work.id)).toEqual([
      [writer.id, "ACCEPTED"],
      [friend.id, "INVITED"],
    ]);
  });
});

describe("leaving a work", () => {
  test("a co-creator leaves; the last creator can't; the primary creator's place passes on", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const invitee = await makeUser("invitee");
    const work = await makeWork(writer.id, { coCreators: `${friend.username}, ${invitee.username}` });
    await acceptInvitation(friend.id, work.id);
    // A pending invitation is not a creator: the invitee can't leave, and doesn't count.
    expect(await leaveWork(invitee.id, work.id)).toEqual({ ok: false, code: "not_found" });
    expect(await leaveWork(writer.id, work.id)).toEqual({ ok: true, value: { posted: true } });
    expect(await primaryCreator(work.id)).toBe(friend.id);
    expect(await updateWork(writer.id, work.id, metadata(), { post: false })).toEqual({ ok: false, code: "not_found" });
    expect(await leaveWork(friend.id, work.id)).toEqual({ ok: false, code: "creator_last" });
    expect(await creatorshipsOf(work.id)).toEqual([
      [friend.id, "ACCEPTED"],
      [invitee.id, "INVITED"],
    ]);
  });

  test("two creators leaving at once: one goes, one stays", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const work = await makeWork(writer.id, { coCreators: friend.username });
    await acceptInvitation(friend.id, work.id);
    const answers = await Promise.all([leaveWork(writer.id, work.id), leaveWork(friend.id, work.id)]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toEqual([{ ok: false, code: "creator_last" }]);
    const left = await db.creatorship.findMany({ where: { workId: work.id }, select: { userId: true, status: true } });
    expect(left).toHaveLength(1);
    expect(left[0]?.status).toBe("ACCEPTED");
    expect(await primaryCreator(work.id)).toBe(left[0]?.userId);
  });

  test("the only creator leaving while an invitee accepts: the work never ends up without a creator", async () => {
    const writer = await makeUser("writer");
    const friend = await makeUser("friend");
    const work = await makeWork(writer.id, { coCreators: friend.username });
    const [left, accepted] = await Promise.all([leaveWork(writer.id, work.id), acceptInvitation(friend.id, work.id)]);
    expect(accepted.ok).toBe(true);
    const creators = await db.creatorship.findMany({ where: { workId: work.id, status: "ACCEPTED" }, select: { userId: true } });
    expect(creators.length).toBe(left.ok ? 1 : 2);
    expect(creators.map((creator) => creator.userId)).toContain(await primaryCreator(work.id));
  });
});

describe("comments on a co-created work", () => {
  test("every accepted creator hears of a comment and may approve or delete it; an invitee may not", async () => {
    const writer = await seasonedUser("writer");
    const [friend, invitee, reader] = await Promise.all([seasonedUser("friend"), seasonedUser("invitee"), seasonedUser("reader")]);
    const target = await workWithChapter(writer.id, { moderateComments: "on", coCreators: `${friend.username}, ${invitee.username}` });
    await acceptInvitation(friend.id, target.workId);
    const held = await comment(reader, target, "Please approve me");
    const heard = await db.notice.findMany({ where: { commentId: held, kind: "COMMENT" }, select: { userId: true } });
    expect(heard.map((notice) => notice.userId).sort()).toEqual([writer.id, friend.id].sort());
    expect(await approveComment(invitee, held)).toEqual({ ok: false, code: "not_found" });
    expect(await deleteComment(invitee, held)).toEqual({ ok: false, code: "not_found" });
    expect(await approveComment(friend, held)).toEqual({ ok: true });
    expect(await deleteComment(friend, held)).toEqual({ ok: true, value: { workId: target.workId } });
  });
});
