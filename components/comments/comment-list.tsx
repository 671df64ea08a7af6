import { Link } from "@/components/ui/link";
import { CommentActions } from "@/components/comments/comment-actions";
import { CommentByline } from "@/components/comments/comment-byline";
import { LEVELS_PER_PAGE, type CommentView } from "@/components/comments/comment-view";
import { UserHtml } from "@/components/works/user-html";
import type { CommentNode } from "@/lib/comments/build-comment-tree";
import type { ShownComment } from "@/lib/comments/comment-select";
import { commenterName } from "@/lib/comments/commenter-name";
import { commentPath } from "@/lib/routes";

type Props = { nodes: CommentNode<ShownComment>[]; view: CommentView; label?: string };

// Threads as nested lists, five levels to a page; below that a link continues the thread.
// Accessible names here avoid the word "comment": getByLabel("Comment") must find only the field.
export function CommentList({ nodes, view, label }: Props) {
  if (nodes.length === 0) return null;
  return (
    <ol aria-label={label} className="space-y-3">
      {nodes.map((node) => (
        <li key={node.id} id={`comment-${node.id}`} className="scroll-mt-4">
          <CommentItem node={node} view={view} />
        </li>
      ))}
    </ol>
  );
}

function CommentItem({ node, view }: { node: CommentNode<ShownComment>; view: CommentView }) {
  const level = node.depth - view.baseDepth + 1;
  return (
    <>
      <article
        aria-label={node.deletedAt ? "Deleted" : node.mutedAuthor ? "Hidden" : `From ${commenterName(node)}`}
        className={`rounded border p-3 ${node.approved ? "border-stone-300 bg-white" : "border-amber-400 bg-amber-50"}`}
      >
        {node.deletedAt ? (
          <p className="italic text-stone-600">(Previous comment deleted.)</p>
        ) : node.mutedAuthor ? (
          <p className="italic text-stone-600">(Hidden: you have muted the user who wrote this.)</p>
        ) : (
          <>
            <CommentByline comment={node} showChapter={view.showChapter} />
            <UserHtml html={node.body} className="mt-2" />
            <CommentActions comment={node} view={view} />
          </>
        )}
      </article>
      {node.replies.length > 0 &&
        (level < LEVELS_PER_PAGE ? (
          <div className="mt-3 border-l-2 border-stone-200 pl-3 sm:pl-6">
            <CommentList nodes={node.replies} view={view} label={`Replies to #${node.id}`} />
          </div>
        ) : (
          <p className="mt-2 pl-3 sm:pl-6">
            <Link href={commentPath(node.id)} className="underline">Read more of this thread</Link>
          </p>
        ))}
    </>
  );
}
