import { Link } from "@/components/ui/link";
import type { CommentRow } from "@/lib/comments/comment-select";
import { commenterName } from "@/lib/comments/commenter-name";
import { userPath } from "@/lib/routes";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

type Props = { comment: CommentRow; showChapter: boolean };

// Who wrote it (a profile link, a guest's name marked "(Guest)", or "(Account deleted)"), where and when.
export function CommentByline({ comment, showChapter }: Props) {
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-stone-600">
      {comment.author ? (
        <Link href={userPath(comment.author.username)} className="font-semibold text-red-900 underline">
          {comment.author.username}
        </Link>
      ) : (
        <span className="font-semibold text-stone-900">{commenterName(comment)}</span>
      )}
      {showChapter && <span>on Chapter {comment.chapter.position}</span>}
      <time dateTime={comment.createdAt.toISOString()}>{dateTime.format(comment.createdAt)} UTC</time>
      {comment.editedAt && <span title={`Edited ${dateTime.format(comment.editedAt)} UTC`}>(edited)</span>}
      {!comment.approved && <span className="rounded bg-amber-100 px-1 text-amber-900">Awaiting approval</span>}
    </p>
  );
}
