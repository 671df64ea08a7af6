import { describe, expect, test } from "vitest";
import { comment, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { getCommentThread } from "@/lib/comments/get-comment-thread";
import { getWorkComments } from "@/lib/comments/get-work-comments";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";

describe("reading comments", () => {
  test("a chapter shows its own comments; the entire work shows every chapter's", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const first = await workWithChapter(writer.id);
    const second = await db.chapter.create({
      data: { workId: first.workId, position: 2, body: "<p>Chapter two</p>", posted: true },
      select: { id: true },
    });
    const onFirst = await comment(reader, first, "On one");
    const onSecond = await comment(reader, { workId: first.workId, chapterId: second.id }, "On two");
    expect((await getWorkComments(first.workId, first.chapterId, null))?.threads.map((node) => node.id)).toEqual([onFirst]);
    expect((await getWorkComments(first.workId, second.id, null))?.threads.map((node) => node.id)).toEqual([onSecond]);
    const all = await getWorkComments(first.workId, null, null);
    expect(all?.threads.map((node) => [node.id, node.chapter.position])).toEqual([
      [onFirst, 1],
      [onSecond, 2],
    ]);
    expect(all?.count).toBe(2);
  });

  test("comments of works the viewer cannot open are never returned", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const restricted = await workWithChapter(writer.id, { restricted: "on" });
    const id = await comment(reader, restricted, "Members only");
    expect(await getWorkComments(restricted.workId, restricted.chapterId, null)).toBeNull();
    expect(await getCommentThread(id, null)).toBeNull();
    expect((await getCommentThread(id, reader))?.root.id).toBe(id);
    const draft = await workWithChapter(writer.id, {}, { draft: true });
    expect(await getWorkComments(draft.workId, draft.chapterId, reader)).toBeNull();
    expect((await getWorkComments(draft.workId, draft.chapterId, writer))?.work.refusal).toBe("comment_on_draft");
  });

  test("guests never see a guest's email; the permission is reported for the form", async () => {
    const writer = await seasonedUser("writer");
    const target = await workWithChapter(writer.id, { commentPermission: "EVERYONE" });
    await postComment({ guest: { name: "Anna", email: "anna@example.test" } }, { ...target, body: "Hello" });
    const shown = await getWorkComments(target.workId, target.chapterId, null);
    expect(shown?.work.refusal).toBeNull();
    expect(shown?.threads[0]).toMatchObject({ guestName: "Anna", author: null });
    expect(JSON.stringify(shown)).not.toContain("anna@example.test");
    const registeredOnly = await workWithChapter(writer.id);
    expect((await getWorkComments(registeredOnly.workId, registeredOnly.chapterId, null))?.work.refusal).toBe("comments_registered_only");
  });

  test("a thread page starts at its comment and reaches every depth in one thread query", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id);
    const ids = [await comment(reader, target, "Depth 0")];
    for (let depth = 1; depth <= 7; depth += 1) {
      ids.push(await comment(depth % 2 ? writer : reader, target, `Depth ${depth}`, ids.at(-1)));
    }
    const thread = await getCommentThread(ids[4]!, null);
    let node = thread?.root;
    const chain: number[] = [];
    while (node) {
      chain.push(node.depth);
      node = node.replies[0];
    }
    expect(chain).toEqual([4, 5, 6, 7]);
    expect(thread?.parentId).toBe(ids[3]);
  });
});
