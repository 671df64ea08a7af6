import Link from "next/link";
import { COMMENT_ERROR_MESSAGES, type CommentPermissionRefusal } from "@/lib/comments/comment-errors";

// Shown instead of the comment form when the viewer may not comment, in AO3's words.
export function CommentRefusal({ refusal, loginReturn }: { refusal: CommentPermissionRefusal; loginReturn: string }) {
  return (
    <p className="rounded border border-stone-300 bg-stone-50 p-3">
      {COMMENT_ERROR_MESSAGES[refusal]}
      {refusal === "registered_only" && (
        <>
          {" "}
          <Link href={`/login?callbackUrl=${encodeURIComponent(loginReturn)}`} className="underline">
            Log in
          </Link>{" "}
          to leave a comment.
        </>
      )}
    </p>
  );
}
