import { z } from "zod";
import { idSchema } from "@/lib/actions/ids";
import { checkbox } from "@/lib/forms/fields";
import { READING_LIST_NAME_MAX } from "@/lib/reading-lists/limits";

// The "New list" form: "List name", "Private list".
export const newReadingListSchema = z.object({
  name: z
    .string()
    .default("")
    .transform((name) => name.trim())
    .refine((name) => name.length > 0, "Please give the list a name.")
    .refine((name) => name.length <= READING_LIST_NAME_MAX, `A list name must be ${READING_LIST_NAME_MAX} characters or fewer.`),
  private: checkbox,
});

export type NewReadingListInput = z.infer<typeof newReadingListSchema>;

// The work page's "Add to list": the select labelled "Reading list".
export const addToReadingListSchema = z.object({ listId: idSchema });

// A list page's "Remove" next to a work.
export const removeFromReadingListSchema = z.object({ bookmarkId: idSchema });
