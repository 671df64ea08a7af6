import { z } from "zod";
import { BOOKMARK_NOTES_MAX, BOOKMARK_TAGS_MAX } from "@/lib/bookmarks/limits";
import { checkbox } from "@/lib/forms/fields";
import { tagListField } from "@/lib/tags/tag-list";

// The bookmark form: "Notes", "Your tags", "Rec", "Private bookmark".
export const bookmarkSchema = z.object({
  notes: z
    .string()
    .default("")
    .refine((text) => text.length <= BOOKMARK_NOTES_MAX, `Notes must be ${BOOKMARK_NOTES_MAX.toLocaleString("en")} characters or fewer.`),
  tags: tagListField.refine((tags) => tags.length <= BOOKMARK_TAGS_MAX, `A bookmark can have at most ${BOOKMARK_TAGS_MAX} tags.`),
  rec: checkbox,
  private: checkbox,
});

export type BookmarkInput = z.infer<typeof bookmarkSchema>;
