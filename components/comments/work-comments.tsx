import { CommentList } from "@/components/comments/comment-list";
import { CommentRefusal } from "@/components/comments/comment-refusal";
import { NewCommentForm } from "@/components/comments/new-comment-form";
import type { CommentActions } from "@/components/works/feedback-actions";
import type { Viewer } from "@/lib/auth/session";
import { commentTargetChapter } from "@/lib/comments/get-commentable-work";
import type { WorkComments as WorkCommentsData } from "@/lib/comments/get-work-comments";
import { chapterPath, fullWorkPath } from "@/lib/routes";

type Props = { workId: number; chapterId: number | null; viewer: Viewer | null; comments: WorkCommentsData; actions: CommentActions };

// The comments under a chapter, or under the entire work (chapterId null) with every chapter's.
// The form comes first, as on AO3; then the threads.
export function WorkComments({ workId, chapterId, viewer, comments, actions }: Props) {
  const { work, threads, count } = comments;
  const target = commentTargetChapter(work, chapterId);
  const refusal = work.refusal ?? (target ? null : "comment_on_draft");
  const pagePath = chapterId === null ? fullWorkPath(workId) : chapterPath(workId, chapterId);
  return (
    <section id="comments" className="space-y-4">
      <h2 id="comments-heading" className="text-xl font-bold">Comments ({count})</h2>
      {target && !refusal ? (
        <NewCommentForm workId={workId} chapterId={target.id} asGuest={viewer === null} action={viewer ? actions.post : actions.postAsGuest} />
      ) : (
        <CommentRefusal refusal={refusal ?? "comment_on_draft"} loginReturn={pagePath} />
      )}
      <CommentList
        nodes={threads}
        view={{ work, viewer, actions, showChapter: chapterId === null && work.multiChapter, baseDepth: 0 }}
        label="Threads"
      />
    </section>
  );
}
