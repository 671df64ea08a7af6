import { describe, expect, test } from "vitest";
import { comment, commentsCount, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { recountComments } from "@/lib/comments/comments-count";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";

describe("recountComments", () => {
  test("after comments go wholesale (a chapter deleted), the count is what remains approved and live", async () => {
    const writer = await seasonedUser("writer");
    const reader = await seasonedUser("reader");
    const target = await workWithChapter(writer.id, { moderateComments: "on" });
    const second = await db.chapter.create({
      data: { workId: target.workId, position: 2, body: "<p>Two</p>", posted: true },
      select: { id: true },
    });
    await comment(writer, target, "Stays on chapter one");
    await postComment({ user: reader }, { ...target, body: "Held, never counted" });
    await comment(writer, { workId: target.workId, chapterId: second.id }, "Goes with chapter two");
    expect(await commentsCount(target.workId)).toBe(2);
    await db.$transaction(async (tx) => {
      await tx.chapter.delete({ where: { id: second.id } });
      await recountComments(tx, target.workId);
    });
    expect(await commentsCount(target.workId)).toBe(1);
  });
});
