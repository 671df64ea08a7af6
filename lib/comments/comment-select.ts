import type { Prisma } from "@/lib/generated/prisma/client";

// What a page shows of a comment. Never the guest's email: it is kept for the creator's records only.
export const commentSelect = {
  id: true,
  workId: true,
  chapterId: true,
  parentId: true,
  depth: true,
  authorId: true,
  author: { select: { username: true } },
  guestName: true,
  body: true,
  approved: true,
  editedAt: true,
  deletedAt: true,
  createdAt: true,
  chapter: { select: { position: true } },
} as const satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

// A comment as one viewer is shown it: a muted user's comment keeps its place (others' replies
// hang below it) but not its text.
export type ShownComment = CommentRow & { mutedAuthor: boolean };

export function hideMutedAuthors(comments: readonly CommentRow[], muted: ReadonlySet<number>): ShownComment[] {
  return comments.map((comment) =>
    comment.authorId !== null && muted.has(comment.authorId)
      ? { ...comment, body: "", mutedAuthor: true }
      : { ...comment, mutedAuthor: false },
  );
}
