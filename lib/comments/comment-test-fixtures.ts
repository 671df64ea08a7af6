// Builders for the comment integration tests, on top of scripts/test/fixtures.
import type { Viewer } from "@/lib/auth/session";
import { postComment, type Commenter } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

export async function workWithChapter(creatorId: number, overrides: Record<string, string> = {}, options = { draft: false }) {
  const work = await makeWork(creatorId, overrides, options);
  const chapter = await db.chapter.findFirstOrThrow({ where: { workId: work.id }, orderBy: { position: "asc" } });
  return { workId: work.id, chapterId: chapter.id };
}

export async function commentsCount(workId: number) {
  return (await db.work.findUniqueOrThrow({ where: { id: workId }, select: { commentsCount: true } })).commentsCount;
}

// Accounts older than a day are not rate-limited; most tests are not about the limit.
export async function seasonedUser(prefix: string) {
  const user = await makeUser(prefix);
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
  return user;
}

export const as = (user: Viewer): Commenter => ({ user });
export const guest = (name = "Visitor", email = "visitor@example.test"): Commenter => ({ guest: { name, email } });

// Posts a comment that the test expects to succeed and returns its id.
export async function comment(by: Viewer, target: { workId: number; chapterId: number }, body: string, parentId?: number) {
  const result = await postComment(as(by), { ...target, parentId, body });
  if (!result.ok) throw new Error(`comment refused: ${result.code}`);
  return result.value.commentId;
}
