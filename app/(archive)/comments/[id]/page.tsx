import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CommentList } from "@/components/comments/comment-list";
import { getCurrentUser } from "@/lib/auth/session";
import { getCommentThread } from "@/lib/comments/get-comment-thread";
import { parseId } from "@/lib/route-params";
import { chapterPath, commentPath } from "@/lib/routes";
import { commentActions } from "../comment-actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reply?: string; edit?: string; delete?: string }>;
};

export const metadata: Metadata = { title: "Comment thread" };

// One comment and its replies: where deep threads continue, notices link to, and the forms open
// without JavaScript (?reply=, ?edit=, ?delete= name the comment).
export default async function CommentThreadPage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const viewer = await getCurrentUser();
  const thread = await getCommentThread(id, viewer);
  if (!thread) notFound();
  const { work, root, parentId } = thread;
  const query = await searchParams;
  const opened = (raw?: string) => (raw ? (parseId(raw) ?? undefined) : undefined);
  const threadChapterPath = chapterPath(work.id, root.chapterId);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-xl font-bold">
        Comment on <Link href={threadChapterPath} className="text-red-900 underline">{work.title}</Link>
        {work.multiChapter && `, Chapter ${root.chapter.position}`}
      </h1>
      <nav aria-label="Thread" className="flex flex-wrap gap-4 text-sm">
        {parentId !== null && <Link href={commentPath(parentId)} className="underline">Parent thread</Link>}
        <Link href={`${threadChapterPath}#comments-heading`} className="underline">Back to the comments</Link>
      </nav>
      <CommentList
        nodes={[root]}
        view={{
          work,
          viewer,
          actions: commentActions,
          showChapter: false,
          baseDepth: root.depth,
          open: { reply: opened(query.reply), edit: opened(query.edit), delete: opened(query.delete) },
          returnTo: threadChapterPath,
        }}
        label="Comment thread"
      />
    </div>
  );
}
