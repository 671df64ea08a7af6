// Who a comment is from, in words: a user's name, a guest's name marked "(Guest)", or — neither
// author nor guest name — a user who has since deleted their account (lib/users/delete-account.ts).
export const DELETED_ACCOUNT = "(Account deleted)";

export function commenterName(comment: { author: { username: string } | null; guestName: string | null }): string {
  if (comment.author) return comment.author.username;
  return comment.guestName ? `${comment.guestName} (Guest)` : DELETED_ACCOUNT;
}
