import { formatUserText } from "@/lib/text/format-user-text";
import type { BookmarkInput } from "@/lib/bookmarks/schema";

// The bookmark's own columns from validated input, notes sanitised on the way in.
export function bookmarkFields(input: BookmarkInput) {
  return { notes: formatUserText(input.notes), rec: input.rec, private: input.private };
}
