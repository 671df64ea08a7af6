import { describe, expect, test } from "vitest";
import { comment, commentsCount, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { getWorkComments } from "@/lib/comments/get-work-comments";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";

describe("deleteComment", () => {
  test("a comment without replies disappears and is no longer counted", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const id = await comment(reader, target, "Gone soon");
    expect(await commentsCount(target.workId)).toBe(1);
    expect(await deleteComment(reader, id)).toEqual({ ok: true, value: { workId: target.workId } });
    expect(await db.comment.findUnique({ where: { id } })).toBeNull();
    expect(await commentsCount(target.workId)).toBe(0);
  });

  test("a comment with replies stays as a placeholder, its text gone, and the thread holds", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const parent = await comment(reader, target, "Parent words");
    const reply = await comment(writer, target, "Reply words", parent);
    expect(await deleteComment(reader, parent)).toMatchObject({ ok: true });
    const row = await db.comment.findUniqueOrThrow({ where: { id: parent } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.body).toBe("");
    expect(await commentsCount(target.workId)).toBe(1);
    const shown = await getWorkComments(target.workId, target.chapterId, reader);
    expect(shown?.threads.map((node) => [node.id, node.deletedAt !== null, node.replies.map((child) => child.id)])).toEqual([
      [parent, true, [reply]],
    ]);
    expect(shown?.count).toBe(1);
    // Deleting it again, or replying to it, does nothing.
    expect(await deleteComment(reader, parent)).toEqual({ ok: false, code: "not_found" });
    expect(await postComment({ user: writer }, { ...target, parentId: parent, body: "Too late" })).toEqual({
      ok: false,
      code: "comment_parent_unavailable",
    });
    // Once the last reply goes, the placeholder goes with it.
    expect(await deleteComment(writer, reply)).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { workId: target.workId } })).toBe(0);
    expect(await commentsCount(target.workId)).toBe(0);
  });

  test("the work's creator may delete anyone's comment on it; other readers may not", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const bystander = await seasonedUser("bystander");
    const target = await workWithChapter(writer.id);
    const id = await comment(reader, target, "Rude remark");
    expect(await deleteComment(bystander, id)).toEqual({ ok: false, code: "not_found" });
    expect(await commentsCount(target.workId)).toBe(1);
    expect(await deleteComment(writer, id)).toMatchObject({ ok: true });
    expect(await commentsCount(target.workId)).toBe(0);
  });

  test("a creator cannot delete comments on someone else's work through their own", async () => {
    const writer = await seasonedUser("writer");
    const otherWriter = await seasonedUser("other");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    await workWithChapter(otherWriter.id);
    const id = await comment(reader, target, "Stays");
    expect(await deleteComment(otherWriter, id)).toEqual({ ok: false, code: "not_found" });
    expect(await db.comment.count({ where: { id } })).toBe(1);
  });

  test("two deletes of the same comment at once count it down once", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    await comment(writer, target, "Keeps the count above zero");
    const id = await comment(reader, target, "Double delete");
    const results = await Promise.all([deleteComment(reader, id), deleteComment(writer, id)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await commentsCount(target.workId)).toBe(1);
  });

  test("a reply racing a delete either lands under a kept placeholder or is refused", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const parent = await comment(reader, target, "Racing");
    const [, reply] = await Promise.all([
      deleteComment(reader, parent),
      postComment({ user: writer }, { ...target, parentId: parent, body: "Answer" }),
    ]);
    const rows = await db.comment.findMany({ where: { workId: target.workId } });
    if (reply.ok) {
      expect(rows).toHaveLength(2);
      expect(rows.find((row) => row.id === parent)?.deletedAt).not.toBeNull();
    } else {
      expect(rows).toHaveLength(0);
    }
    expect(await commentsCount(target.workId)).toBe(reply.ok ? 1 : 0);
  });
});

describe("editComment", () => {
  test("the author edits their comment, which is marked edited; nobody else can", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const id = await comment(reader, target, "Typo hree");
    expect(await editComment(writer, { commentId: id, body: "Hijacked" })).toEqual({ ok: false, code: "not_found" });
    expect(await editComment(reader, { commentId: id, body: "Typo <em>here</em>" })).toEqual({ ok: true });
    const row = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(row.body).toBe("<p>Typo <em>here</em></p>");
    expect(row.editedAt).not.toBeNull();
    expect(await editComment(reader, { commentId: id, body: "   " })).toEqual({ ok: false, code: "comment_empty", field: "body" });
    expect(await commentsCount(target.workId)).toBe(1);
  });
});
