import type { ErrorCode } from "@/lib/error-codes";

// Why a comment was refused: the archive's error codes that comments use.
export type CommentError = Extract<
  ErrorCode,
  | "not_found"
  | "comment_empty"
  | "comment_on_draft"
  | "comments_off"
  | "comments_registered_only"
  | "comment_parent_unavailable"
  | "comment_duplicate"
  | "comment_new_account_limit"
  | "blocked"
>;

// Who may comment, before anything is typed: shown instead of the form.
export type CommentPermissionRefusal = Extract<CommentError, "comment_on_draft" | "comments_off" | "comments_registered_only">;

export const MODERATED_COMMENT_MESSAGE =
  "Your comment was received! It will appear publicly after the work creator has approved it.";
