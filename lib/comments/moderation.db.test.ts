import { describe, expect, test } from "vitest";
import { approveComment } from "@/lib/comments/approve-comment";
import { comment, commentsCount, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { deleteComment } from "@/lib/comments/delete-comment";
import { getWorkComments } from "@/lib/comments/get-work-comments";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";

describe("comment moderation", () => {
  test("a held comment is uncounted and hidden until the creator approves it", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const bystander = await seasonedUser("bystander");
    const target = await workWithChapter(writer.id, { moderateComments: "on" });
    const result = await postComment({ user: reader }, { ...target, body: "Please approve me" });
    expect(result).toMatchObject({ ok: true, value: { approved: false } });
    if (!result.ok) return;
    expect(await commentsCount(target.workId)).toBe(0);
    // The creator hears of it at once, to approve it.
    expect(await db.notice.count({ where: { userId: writer.id, kind: "COMMENT", commentId: result.value.commentId } })).toBe(1);

    const ids = async (viewer: typeof writer | null) =>
      (await getWorkComments(target.workId, target.chapterId, viewer))?.threads.map((node) => node.id);
    expect(await ids(bystander)).toEqual([]);
    expect(await ids(null)).toEqual([]);
    expect(await ids(reader)).toEqual([result.value.commentId]);
    expect(await ids(writer)).toEqual([result.value.commentId]);

    expect(await approveComment(reader, result.value.commentId)).toEqual({ ok: false, code: "not_found" });
    expect(await approveComment(writer, result.value.commentId)).toEqual({ ok: true });
    expect(await approveComment(writer, result.value.commentId)).toEqual({ ok: false, code: "not_found" });
    expect(await commentsCount(target.workId)).toBe(1);
    expect(await ids(bystander)).toEqual([result.value.commentId]);
  });

  test("the creator's own comments skip moderation", async () => {
    const writer = await seasonedUser("writer");
    const target = await workWithChapter(writer.id, { moderateComments: "on" });
    expect(await postComment({ user: writer }, { ...target, body: "Author here" })).toMatchObject({ ok: true, value: { approved: true } });
    expect(await commentsCount(target.workId)).toBe(1);
  });

  test("a held reply tells the parent's author only once approved", async () => {
    const writer = await seasonedUser("writer");
    const first = await seasonedUser("first");
    const second = await seasonedUser("second");
    const target = await workWithChapter(writer.id, { moderateComments: "on" });
    const root = await comment(writer, target, "Questions welcome");
    const parent = await postComment({ user: first }, { ...target, parentId: root, body: "A question" });
    if (!parent.ok) throw new Error(parent.code);
    await approveComment(writer, parent.value.commentId);
    const reply = await postComment({ user: second }, { ...target, parentId: parent.value.commentId, body: "Same question" });
    if (!reply.ok) throw new Error(reply.code);
    expect(await db.notice.count({ where: { userId: first.id, kind: "REPLY" } })).toBe(0);
    await approveComment(writer, reply.value.commentId);
    expect(await db.notice.count({ where: { userId: first.id, kind: "REPLY", commentId: reply.value.commentId } })).toBe(1);
    // The creator was told of both replies when they arrived, and not again on approving.
    expect(await db.notice.count({ where: { userId: writer.id } })).toBe(2);
  });

  test("readers cannot reply to a held comment; the creator's reply approves it", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id, { moderateComments: "on" });
    const held = await postComment({ user: reader }, { ...target, body: "Held" });
    if (!held.ok) throw new Error(held.code);
    expect(await postComment({ user: reader }, { ...target, parentId: held.value.commentId, body: "Me again" })).toEqual({
      ok: false,
      code: "comment_parent_unavailable",
    });
    expect(await postComment({ user: writer }, { ...target, parentId: held.value.commentId, body: "Thanks!" })).toMatchObject({ ok: true });
    expect(await db.comment.findUniqueOrThrow({ where: { id: held.value.commentId } })).toMatchObject({ approved: true });
    expect(await commentsCount(target.workId)).toBe(2);
  });

  test("deleting a held comment leaves the count alone", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id, { moderateComments: "on" });
    await comment(writer, target, "Counted");
    const held = await postComment({ user: reader }, { ...target, body: "Never approved" });
    if (!held.ok) throw new Error(held.code);
    expect(await deleteComment(writer, held.value.commentId)).toMatchObject({ ok: true });
    expect(await commentsCount(target.workId)).toBe(1);
  });
});
