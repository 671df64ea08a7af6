import type { CommentPermission } from "@/lib/generated/prisma/enums";
import type { CommentPermissionRefusal } from "@/lib/comments/comment-errors";

type CommentableWork = { posted: boolean; commentPermission: CommentPermission };

// AO3's per-work setting: registered users only (the default), everyone, or nobody. Drafts never
// take comments. Null means the viewer may comment.
export function commentRefusal(work: CommentableWork, signedIn: boolean): CommentPermissionRefusal | null {
  if (!work.posted) return "comment_on_draft";
  if (work.commentPermission === "NOBODY") return "comments_off";
  if (work.commentPermission === "REGISTERED" && !signedIn) return "comments_registered_only";
  return null;
}
