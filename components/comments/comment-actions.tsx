import type { CommentView } from "@/components/comments/comment-view";
import { DeleteControl } from "@/components/comments/delete-control";
import { EditControl } from "@/components/comments/edit-control";
import { ReplyControl } from "@/components/comments/reply-control";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CommentRow } from "@/lib/comments/comment-select";

type Props = { comment: CommentRow; view: CommentView };

// The controls under a live comment, each shown only to whom the server will allow it:
// Reply to anyone who may comment, Edit to its author, Delete to its author and the work's creator,
// Approve to the creator while it is held. The actions check all of this again.
export function CommentActions({ comment, view }: Props) {
  const { work, viewer, actions, open = {} } = view;
  const own = viewer !== null && viewer.id === comment.authorId;
  const canReply = work.refusal === null && (comment.approved || work.isCreator);
  const isThreadRoot = view.returnTo !== undefined && comment.depth === view.baseDepth;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      {!comment.approved && work.isCreator && (
        <ActionForm action={actions.approve}>
          <input type="hidden" name="commentId" value={comment.id} />
          <SubmitButton className="px-2! py-1! text-sm">Approve</SubmitButton>
        </ActionForm>
      )}
      {canReply && (
        <ReplyControl
          workId={work.id}
          chapterId={comment.chapterId}
          parentId={comment.id}
          asGuest={viewer === null}
          initiallyOpen={open.reply === comment.id}
          action={viewer ? actions.post : actions.postAsGuest}
        />
      )}
      {own && <EditControl commentId={comment.id} body={comment.body} initiallyOpen={open.edit === comment.id} action={actions.edit} />}
      {(own || work.isCreator) && (
        <DeleteControl
          commentId={comment.id}
          initiallyOpen={open.delete === comment.id}
          returnTo={isThreadRoot ? view.returnTo : undefined}
          action={actions.delete}
        />
      )}
    </div>
  );
}
