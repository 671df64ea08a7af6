"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { deleteBookmark } from "@/lib/bookmarks/delete-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { updateBookmark } from "@/lib/bookmarks/update-bookmark";
import { userBookmarksPath } from "@/lib/routes";

// After any change the reader lands on their bookmarks, as on AO3.
function toOwnBookmarks(username: string): never {
  revalidatePath("/", "layout");
  redirect(userBookmarksPath(username));
}

export const saveNewBookmark = defineAction({
  access: "user",
  args: [idSchema],
  input: bookmarkSchema,
  run: ({ actor, args: [workId], input }) => createBookmark(actor, workId, input),
  onSuccess: (_bookmark, { actor }) => toOwnBookmarks(actor.username),
});

export const saveBookmark = defineAction({
  access: "user",
  args: [idSchema],
  input: bookmarkSchema,
  run: ({ actor, args: [bookmarkId], input }) => updateBookmark(actor.id, bookmarkId, input),
  onSuccess: (_bookmark, { actor }) => toOwnBookmarks(actor.username),
});

export const confirmDeleteBookmark = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [bookmarkId] }) => deleteBookmark(actor.id, bookmarkId),
  onSuccess: (_nothing, { actor }) => toOwnBookmarks(actor.username),
});
