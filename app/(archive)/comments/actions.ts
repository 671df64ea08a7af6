"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { approveComment } from "@/lib/comments/approve-comment";
import { COMMENT_ERROR_MESSAGES, MODERATED_COMMENT_MESSAGE, type CommentError } from "@/lib/comments/comment-errors";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment, type PostCommentResult } from "@/lib/comments/post-comment";
import { commentIdSchema, commentSchema, editCommentSchema, guestCommentSchema } from "@/lib/comments/schema";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { fieldError, validatedAction } from "@/lib/forms/validated-action";
import type { FormState, FormValues } from "@/lib/forms/form-state";

// Refusals about what was typed sit next to the field; the rest is a message for the whole form.
const FIELD_ERRORS = new Set<CommentError>(["empty", "duplicate", "rate_limited"]);

function refused(error: CommentError, values: FormValues): FormState {
  const message = COMMENT_ERROR_MESSAGES[error];
  if (FIELD_ERRORS.has(error)) return fieldError(values, "body", message);
  return { status: "error", fieldErrors: {}, values, message };
}

// On success the text is cleared but a guest's name and email stay for the next comment;
// postedCommentId lets the form start afresh.
function outcome(result: PostCommentResult, values: FormValues): FormState {
  if (!result.ok) return refused(result.error, values);
  revalidatePath("/", "layout");
  const { guestName = "", guestEmail = "" } = values;
  return {
    status: "success",
    fieldErrors: {},
    values: { guestName, guestEmail, postedCommentId: String(result.commentId) },
    message: result.approved ? "Comment posted." : MODERATED_COMMENT_MESSAGE,
  };
}

const postAsUser = validatedAction(commentSchema, async (input, values) => {
  const user = await getCurrentUser();
  if (!user) return refused("registered_only", values);
  return outcome(await postComment({ user }, input), values);
});

const postAsGuest = validatedAction(guestCommentSchema, async ({ guestName, guestEmail, ...input }, values) =>
  outcome(await postComment({ guest: { name: guestName, email: guestEmail } }, input), values),
);

// Who is commenting comes from the session alone; a guest must sign with a name and an email.
export async function postCommentAction(previous: FormState, formData: FormData): Promise<FormState> {
  return (await getCurrentUser()) ? postAsUser(previous, formData) : postAsGuest(previous, formData);
}

export const editCommentAction = validatedAction(editCommentSchema, async (input, values) => {
  const user = await requireUser();
  const result = await editComment(user, input);
  if (result !== "edited") return refused(result, values);
  revalidatePath("/", "layout");
  return { status: "success", fieldErrors: {}, values: {}, message: "Comment updated." };
});

// After deleting from a comment's own page, the reader goes back to the work: the page may be gone.
function safeReturnPath(formData: FormData) {
  const path = formData.get("returnTo");
  return typeof path === "string" && path.startsWith("/works/") ? path : null;
}

export async function deleteCommentAction(formData: FormData) {
  const user = await requireUser();
  const parsed = commentIdSchema.safeParse({ commentId: formData.get("commentId") });
  if (!parsed.success) return;
  const result = await deleteComment(user, parsed.data.commentId);
  if (!result.deleted) return;
  revalidatePath("/", "layout");
  const returnTo = safeReturnPath(formData);
  if (returnTo) redirect(returnTo);
}

export async function approveCommentAction(formData: FormData) {
  const user = await requireUser();
  const parsed = commentIdSchema.safeParse({ commentId: formData.get("commentId") });
  if (!parsed.success) return;
  if ((await approveComment(user, parsed.data.commentId)) === "approved") revalidatePath("/", "layout");
}
