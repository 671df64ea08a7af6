"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ALREADY_BOOKMARKED_MESSAGE } from "@/lib/bookmarks/bookmark-result";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { deleteBookmark } from "@/lib/bookmarks/delete-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { updateBookmark } from "@/lib/bookmarks/update-bookmark";
import type { FormState } from "@/lib/forms/form-state";
import { validatedAction } from "@/lib/forms/validated-action";

function bookmarksPath(username: string) {
  return `/users/${encodeURIComponent(username)}/bookmarks`;
}

// workId and bookmarkId come from the page; the acting user always from the session.
export async function saveNewBookmark(workId: number, previous: FormState, formData: FormData) {
  return validatedAction(bookmarkSchema, async (input, values) => {
    const user = await requireUser();
    const result = await createBookmark(user, workId, input);
    if (!result.ok && result.error === "not-found") notFound();
    if (!result.ok) return { status: "error", fieldErrors: {}, values, message: ALREADY_BOOKMARKED_MESSAGE };
    revalidatePath("/", "layout");
    redirect(bookmarksPath(user.username));
  })(previous, formData);
}

export async function saveBookmark(bookmarkId: number, previous: FormState, formData: FormData) {
  return validatedAction(bookmarkSchema, async (input) => {
    const user = await requireUser();
    const result = await updateBookmark(user.id, bookmarkId, input);
    if (!result.ok) notFound();
    revalidatePath("/", "layout");
    redirect(bookmarksPath(user.username));
  })(previous, formData);
}

export async function confirmDeleteBookmark(bookmarkId: number): Promise<FormState> {
  const user = await requireUser();
  if (!(await deleteBookmark(user.id, bookmarkId))) notFound();
  revalidatePath("/", "layout");
  redirect(bookmarksPath(user.username));
}
