import { z } from "zod";
import { idSchema } from "@/lib/actions/ids";
import { COMMENT_MAX, GUEST_NAME_MAX } from "@/lib/comments/limits";

// Ids come from hidden fields: a wrong one means a stale or tampered page.
const id = idSchema.or(z.never({ error: "Something went wrong; please reload the page." }));
const optionalId = z.preprocess((value) => (value === "" || value === undefined ? undefined : value), id.optional());

const body = z
  .string()
  .default("")
  .refine((text) => text.trim().length > 0, "Brevity is the soul of wit, but we need your comment to have text in it.")
  .refine((text) => text.length <= COMMENT_MAX, `Comment must be ${COMMENT_MAX.toLocaleString("en")} characters or fewer.`);

export const commentSchema = z.object({ workId: id, chapterId: id, parentId: optionalId, body });

// Guests sign what they write: AO3 asks for a name and an email (never shown).
export const guestCommentSchema = commentSchema.extend({
  guestName: z
    .string()
    .default("")
    .transform((name) => name.trim())
    .refine((name) => name.length > 0, "Please enter your name.")
    .refine((name) => name.length <= GUEST_NAME_MAX, `Name must be ${GUEST_NAME_MAX} characters or fewer.`),
  guestEmail: z
    .string()
    .default("")
    .transform((email) => email.trim())
    .pipe(z.email("Please enter a valid email address.").max(254, "Please enter a valid email address.")),
});

export const editCommentSchema = z.object({ commentId: id, body });

export const commentIdSchema = z.object({ commentId: id });

export type CommentInput = z.infer<typeof commentSchema>;
export type GuestCommentInput = z.infer<typeof guestCommentSchema>;
export type EditCommentInput = z.infer<typeof editCommentSchema>;
