"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded, type FormState } from "@/lib/forms/form-state";
import { approveComment } from "@/lib/comments/approve-comment";
import { MODERATED_COMMENT_MESSAGE } from "@/lib/comments/comment-errors";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment, type PostedComment } from "@/lib/comments/post-comment";
import { commentIdSchema, commentSchema, editCommentSchema, guestCommentSchema } from "@/lib/comments/schema";

// On success the text is cleared but a guest's name and email stay for the next comment;
// postedCommentId lets the form start afresh.
function posted({ commentId, approved }: PostedComment, guest: { guestName?: string; guestEmail?: string } = {}): FormState {
  revalidatePath("/", "layout");
  return {
    status: "success",
    fieldErrors: {},
    values: { guestName: guest.guestName ?? "", guestEmail: guest.guestEmail ?? "", postedCommentId: String(commentId) },
    message: approved ? "Comment posted." : MODERATED_COMMENT_MESSAGE,
  };
}

// A logged-in reader's comment or reply; the commenter is the session's user, never a field.
export const postCommentAction = defineAction({
  access: "user",
  input: commentSchema,
  run: ({ actor, input }) => postComment({ user: actor }, input),
  onSuccess: (comment) => posted(comment),
});

// A guest signs with a name and an email. Someone who has logged in meanwhile comments as themselves.
export const postGuestCommentAction = defineAction({
  access: "guest",
  input: guestCommentSchema,
  limit: ({ actor }) => (actor ? null : "guest_comment"),
  run: ({ actor, input: { guestName, guestEmail, ...comment } }) =>
    postComment(actor ? { user: actor } : { guest: { name: guestName, email: guestEmail } }, comment),
  onSuccess: (comment, { input }) => posted(comment, input),
});

export const editCommentAction = defineAction({
  access: "user",
  input: editCommentSchema,
  run: ({ actor, input }) => editComment(actor, input),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("Comment updated.");
  },
});

// After deleting from a comment's own page the reader goes back to the work: the page may be gone.
const deleteCommentSchema = commentIdSchema.extend({
  returnTo: z
    .string()
    .optional()
    .transform((path) => (path && /^\/works\/\d+(\/chapters\/\d+)?$/.test(path) ? path : undefined)),
});

export const deleteCommentAction = defineAction({
  access: "user",
  input: deleteCommentSchema,
  run: ({ actor, input }) => deleteComment(actor, input.commentId),
  onSuccess: (_deleted, { input }) => {
    revalidatePath("/", "layout");
    if (input.returnTo) redirect(input.returnTo);
    return succeeded("Comment deleted.");
  },
});

export const approveCommentAction = defineAction({
  access: "user",
  input: commentIdSchema,
  run: ({ actor, input }) => approveComment(actor, input.commentId),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("Comment approved.");
  },
});
