import { describe, expect, test } from "vitest";
import { as, commentsCount, guest, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";
import { makeUser } from "../../scripts/test/fixtures";

describe("postComment", () => {
  test("stores a sanitised comment, counts it, and tells the work's creator", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const result = await postComment(as(reader), { ...target, body: "<em>Loved</em> it!<script>alert(1)</script>" });
    expect(result).toMatchObject({ ok: true, value: { approved: true } });
    if (!result.ok) return;
    const comment = await db.comment.findUniqueOrThrow({ where: { id: result.value.commentId } });
    expect(comment).toMatchObject({ threadId: comment.id, depth: 0, parentId: null, authorId: reader.id });
    expect(comment.body).toBe("<p><em>Loved</em> it!</p>");
    expect(await commentsCount(target.workId)).toBe(1);
    const notices = await db.notice.findMany({ where: { commentId: comment.id } });
    expect(notices).toEqual([expect.objectContaining({ userId: writer.id, kind: "COMMENT", workId: target.workId })]);
  });

  test("a reply nests under its parent's thread and tells the parent's author, not the replier", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const root = await postComment(as(reader), { ...target, body: "First!" });
    if (!root.ok) throw new Error(root.code);
    const reply = await postComment(as(writer), { ...target, parentId: root.value.commentId, body: "Thank you!" });
    if (!reply.ok) throw new Error(reply.code);
    const deeper = await postComment(as(reader), { ...target, parentId: reply.value.commentId, body: "You're welcome." });
    if (!deeper.ok) throw new Error(deeper.code);
    const rows = await db.comment.findMany({ where: { workId: target.workId }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.parentId, row.threadId, row.depth])).toEqual([
      [null, root.value.commentId, 0],
      [root.value.commentId, root.value.commentId, 1],
      [reply.value.commentId, root.value.commentId, 2],
    ]);
    expect(await commentsCount(target.workId)).toBe(3);
    const notices = await db.notice.findMany({ where: { workId: target.workId }, orderBy: { id: "asc" } });
    expect(notices.map((notice) => [notice.userId, notice.kind, notice.commentId])).toEqual([
      [writer.id, "COMMENT", root.value.commentId],
      [reader.id, "REPLY", reply.value.commentId],
      // The creator is answered on their own work: one REPLY notice, not a COMMENT as well.
      [writer.id, "REPLY", deeper.value.commentId],
    ]);
  });

  test("the creator's own comments make no notice for themselves", async () => {
    const writer = await seasonedUser("writer");
    const target = await workWithChapter(writer.id);
    expect(await postComment(as(writer), { ...target, body: "Author's note in the comments." })).toMatchObject({ ok: true });
    expect(await db.notice.count({ where: { workId: target.workId } })).toBe(0);
  });

  test("comment permission: registered only refuses guests, everyone takes guests, nobody refuses all", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const registered = await workWithChapter(writer.id);
    const everyone = await workWithChapter(writer.id, { commentPermission: "EVERYONE" });
    const nobody = await workWithChapter(writer.id, { commentPermission: "NOBODY" });
    expect(await postComment(guest(), { ...registered, body: "Hi" })).toEqual({ ok: false, code: "comments_registered_only" });
    expect(await postComment(as(reader), { ...registered, body: "Hi" })).toMatchObject({ ok: true });
    const guestResult = await postComment(guest("Anna"), { ...everyone, body: "Hi from a guest" });
    expect(guestResult).toMatchObject({ ok: true, value: { approved: true } });
    const guestRow = await db.comment.findFirstOrThrow({ where: { workId: everyone.workId } });
    expect(guestRow).toMatchObject({ authorId: null, guestName: "Anna", guestEmail: "visitor@example.test" });
    expect(await postComment(as(reader), { ...nobody, body: "Hi" })).toEqual({ ok: false, code: "comments_off" });
    expect(await postComment(as(writer), { ...nobody, body: "Hi" })).toEqual({ ok: false, code: "comments_off" });
    expect(await commentsCount(nobody.workId)).toBe(0);
  });

  test("drafts take no comments, and works a viewer cannot read are not found", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const draft = await workWithChapter(writer.id, { commentPermission: "EVERYONE" }, { draft: true });
    const restricted = await workWithChapter(writer.id, { commentPermission: "EVERYONE", restricted: "on" });
    expect(await postComment(as(writer), { ...draft, body: "Note to self" })).toEqual({ ok: false, code: "comment_on_draft" });
    expect(await postComment(as(reader), { ...draft, body: "Sneaky" })).toEqual({ ok: false, code: "not_found" });
    expect(await postComment(guest(), { ...restricted, body: "Sneaky" })).toEqual({ ok: false, code: "not_found" });
    expect(await postComment(as(reader), { ...restricted, body: "Logged in, fine" })).toMatchObject({ ok: true });
  });

  test("a chapter or parent from another work is not found", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const first = await workWithChapter(writer.id);
    const second = await workWithChapter(writer.id);
    expect(await postComment(as(reader), { workId: first.workId, chapterId: second.chapterId, body: "Hi" })).toEqual({
      ok: false,
      code: "not_found",
    });
    const root = await postComment(as(reader), { ...second, body: "On the second work" });
    if (!root.ok) throw new Error(root.code);
    expect(await postComment(as(reader), { ...first, parentId: root.value.commentId, body: "Cross-work reply" })).toEqual({
      ok: false,
      code: "not_found",
    });
  });

  test("the same text twice in a row by the same commenter is refused; other text or another work is fine", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id, { commentPermission: "EVERYONE" });
    const other = await workWithChapter(writer.id);
    expect(await postComment(as(reader), { ...target, body: "So good" })).toMatchObject({ ok: true });
    expect(await postComment(as(reader), { ...target, body: "So good" })).toEqual({ ok: false, code: "comment_duplicate", field: "body" });
    expect(await postComment(as(reader), { ...other, body: "So good" })).toMatchObject({ ok: true });
    expect(await postComment(as(writer), { ...target, body: "So good" })).toMatchObject({ ok: true });
    expect(await postComment(guest("G", "g@example.test"), { ...target, body: "Guest says hi" })).toMatchObject({ ok: true });
    expect(await postComment(guest("G", "G@Example.test"), { ...target, body: "Guest says hi" })).toEqual({ ok: false, code: "comment_duplicate", field: "body" });
    expect(await commentsCount(target.workId)).toBe(3);
  });

  test("accounts younger than a day may leave 3 comments per 15 minutes, older ones more", async () => {
    const writer = await seasonedUser("writer");
    const newcomer = await makeUser("newcomer");
    const regular = await seasonedUser("regular");
    const target = await workWithChapter(writer.id);
    for (const body of ["one", "two", "three"]) {
      expect(await postComment(as(newcomer), { ...target, body })).toMatchObject({ ok: true });
    }
    expect(await postComment(as(newcomer), { ...target, body: "four" })).toEqual({ ok: false, code: "comment_new_account_limit", field: "body" });
    for (const body of ["one", "two", "three", "four"]) {
      expect(await postComment(as(regular), { ...target, body })).toMatchObject({ ok: true });
    }
    // Comments older than the window no longer count.
    await db.comment.updateMany({ where: { authorId: newcomer.id }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await postComment(as(newcomer), { ...target, body: "four" })).toMatchObject({ ok: true });
  });

  test("concurrent comments by a new account stop at the limit, and the count stays exact", async () => {
    const writer = await seasonedUser("writer");
    const newcomer = await makeUser("newcomer");
    const target = await workWithChapter(writer.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) => postComment(as(newcomer), { ...target, body: `Comment ${index}` })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(await commentsCount(target.workId)).toBe(3);
  });

  test("concurrent comments by many readers are all counted", async () => {
    const writer = await seasonedUser("writer");
    const readers = await Promise.all(Array.from({ length: 8 }, () => seasonedUser("reader")));
    const target = await workWithChapter(writer.id);
    const results = await Promise.all(readers.map((reader) => postComment(as(reader), { ...target, body: "Same words, different people" })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await commentsCount(target.workId)).toBe(8);
  });

  test("text that sanitises to nothing is refused", async () => {
    const writer = await seasonedUser("writer");
    const target = await workWithChapter(writer.id);
    expect(await postComment(as(writer), { ...target, body: "<p><script>alert(1)</script></p>" })).toEqual({ ok: false, code: "comment_empty", field: "body" });
  });
});
