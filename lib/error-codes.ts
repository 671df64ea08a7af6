// Every way a mutation can refuse, and the words a reader sees for it (AO3's where it has them).
// A message may name values the failure carries in `params`.
type Message = string | ((params: Record<string, string | number>) => string);

export const ERROR_MESSAGES = {
  // Shown as a 404 page, never as a message: a missing id and someone else's id look the same.
  not_found: "Sorry, we couldn't find that.",
  unexpected: (p) => `Something went wrong (ref ${p.ref}); your text is still here.`,
  login_required: "Please log in first (in another tab, so you keep this page), then try again; your text is still here.",
  rate_limited: (p) => `You're doing that too often. Try again in ${p.seconds} seconds.`,
  // The log-in page's words (the UI contract asks for "Too many").
  login_rate_limited: (p) => `Too many log-in attempts. Try again in ${p.seconds} seconds.`,

  username_taken: "Username has already been taken.",
  email_taken: "Email has already been taken.",
  old_password_wrong: "Your old password was incorrect.",
  password_wrong: "That password is incorrect.",
  reset_token_invalid: "That password reset link has expired or has already been used. Please ask for a new one.",

  kudos_already: "You have already left kudos here. :)",
  kudos_own_work: "You can't leave kudos on your own work.",

  comment_empty: "Brevity is the soul of wit, but we need your comment to have text in it.",
  comment_on_draft: "Sorry, you can't comment on a draft.",
  comments_off: "Sorry, this work doesn't allow comments.",
  comments_registered_only: "Sorry, this work doesn't allow non-Archive users to comment.",
  comment_parent_unavailable: "Sorry, that comment can't be replied to any more.",
  comment_duplicate: "You've already left this comment here. :)",
  comment_new_account_limit:
    "New accounts can leave at most 3 comments every 15 minutes. Please wait a little and try again.",

  // AO3's words for a blocked user's kudos, comment or reply.
  blocked: "Sorry, you have been blocked by that user.",
  mute_limit: (p) => `You can mute at most ${p.max} users. Unmute someone first.`,
  block_limit: (p) => `You can block at most ${p.max} users. Unblock someone first.`,

  reading_list_name_taken: "You already have a list with that name.",
  reading_list_limit: (p) => `You can have at most ${p.max} reading lists.`,
  reading_list_full: (p) => `A reading list can hold at most ${p.max} works.`,
  reading_list_has_work: "That work is already in this list.",

  bookmark_exists: "You have already bookmarked that.",

  co_creator_unknown: (p) => (Number(p.count) === 1 ? `There is no user named ${p.names}.` : `There are no users named ${p.names}.`),
  co_creators_too_many: (p) => `A work can have at most ${p.max} creators, invitations included; this one would have ${p.total}.`,
  invitation_closed: "This invitation is no longer open.",
  creator_last: "You're the only creator of this work, so you can't remove yourself. Invite a co-creator first, or delete the work.",

  chapter_only_posted: "You can't delete the only posted chapter of a work. Delete the work instead.",
  chapters_changed: "Chapters were added or deleted meanwhile; here they are as they are now.",

  // "Explicit is a rating, not an additional tag."
  tag_wrong_type: (p) => `${p.name} is ${p.actual}, not ${p.expected}.`,
  tag_unknown: (p) => `There is no tag named "${p.name}".`,
  tag_synonym_of_itself: "A tag can't be a synonym of itself.",
  tag_synonym_other_type: "A synonym must be a tag of the same type.",
  tag_synonym_not_canonical: (p) => `"${p.name}" is not a canonical tag; make it canonical first.`,
  tag_synonym_canonical: "A synonym can't be canonical itself.",
  tag_archive_fixed: "Ratings, archive warnings and categories can't be changed.",
  tag_has_synonyms: (p) => `"${p.name}" has synonyms; point them at another canonical tag first.`,

  import_no_file: "Please choose a .txt or .html file to import.",
  import_wrong_kind: "Only .txt and .html files can be imported.",
  import_too_large: "That file is larger than 5 MB; split it into smaller files.",
  import_not_utf8: "That file isn't UTF-8 text. Save it as UTF-8 and try again.",
  import_no_text: "No story text was found in that file.",

  preferences_too_long_for_guest: "That's more tags than a guest's preferences can hold; log in to keep a longer list.",
  series_title_taken: "You already have a series with that title.",

  gift_unknown_user: (p) => `There is no user named "${p.name}".`,
  gift_to_self: "You can't give a gift to yourself.",
  gift_refused: (p) => `${p.name} has refused this gift, so it can't be given to them again.`,
} satisfies Record<string, Message>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: ErrorCode, params: Record<string, string | number> = {}): string {
  const message: Message = ERROR_MESSAGES[code];
  return typeof message === "function" ? message(params) : message;
}
