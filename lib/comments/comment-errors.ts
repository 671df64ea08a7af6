// Why a comment was refused. Mutations return these codes; the edge turns them into AO3's words.
export type CommentError =
  | "not_found"
  | "empty"
  | "draft"
  | "comments_off"
  | "registered_only"
  | "parent_unavailable"
  | "duplicate"
  | "rate_limited";

// Who may comment, before anything is typed: shown instead of the form.
export type CommentPermissionRefusal = Extract<CommentError, "draft" | "comments_off" | "registered_only">;

export const COMMENT_ERROR_MESSAGES: Record<CommentError, string> = {
  not_found: "Sorry, that work or comment could not be found.",
  empty: "Brevity is the soul of wit, but we need your comment to have text in it.",
  draft: "Sorry, you can't comment on a draft.",
  comments_off: "Sorry, this work doesn't allow comments.",
  registered_only: "Sorry, this work doesn't allow non-Archive users to comment.",
  parent_unavailable: "Sorry, that comment can't be replied to any more.",
  duplicate: "You've already left this comment here. :)",
  rate_limited: "New accounts can leave at most 3 comments every 15 minutes. Please wait a little and try again.",
};

export const MODERATED_COMMENT_MESSAGE =
  "Your comment was received! It will appear publicly after the work creator has approved it.";
