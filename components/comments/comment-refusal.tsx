import { Link } from "@/components/ui/link";
import type { CommentPermissionRefusal } from "@/lib/comments/comment-errors";
import { errorMessage } from "@/lib/error-codes";

// Shown instead of the comment form when the viewer may not comment, in AO3's words.
export function CommentRefusal({ refusal, loginReturn }: { refusal: CommentPermissionRefusal; loginReturn: string }) {
  return (
    <p className="rounded border border-stone-300 bg-stone-50 p-3">
      {errorMessage(refusal)}
      {refusal === "comments_registered_only" && (
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
