"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { succeeded } from "@/lib/forms/form-state";
import { addToReadingList } from "@/lib/reading-lists/add-to-reading-list";
import { createReadingList } from "@/lib/reading-lists/create-reading-list";
import { removeFromReadingList } from "@/lib/reading-lists/remove-from-reading-list";
import { addToReadingListSchema, newReadingListSchema, removeFromReadingListSchema } from "@/lib/reading-lists/schema";
import { readingListPath } from "@/lib/routes";

// "Create list" opens the new, empty list.
export const createReadingListAction = defineAction({
  access: "user",
  input: newReadingListSchema,
  run: ({ actor, input }) => createReadingList(actor.id, input),
  onSuccess: ({ listId }) => {
    revalidatePath("/users/[username]/lists", "page");
    redirect(readingListPath(listId));
  },
});

// The work page's "Add": the reader stays on the work.
export const addToReadingListAction = defineAction({
  access: "user",
  args: [idSchema],
  input: addToReadingListSchema,
  run: ({ actor, args: [workId], input }) => addToReadingList(actor, input.listId, workId),
  onSuccess: ({ listName }) => {
    revalidatePath("/lists/[id]", "page");
    revalidatePath("/works/[id]", "page");
    return succeeded(`Added to ${listName}.`);
  },
});

export const removeFromReadingListAction = defineAction({
  access: "user",
  args: [idSchema],
  input: removeFromReadingListSchema,
  run: ({ actor, args: [listId], input }) => removeFromReadingList(actor.id, listId, input.bookmarkId),
  onSuccess: () => {
    revalidatePath("/lists/[id]", "page");
    return succeeded();
  },
});
