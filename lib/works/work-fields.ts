import { formatUserText } from "@/lib/text/format-user-text";
import type { WorkMetadataInput } from "@/lib/works/schema";

// The work's own columns from validated input, with user text sanitised on the way in.
export function workFields(input: WorkMetadataInput) {
  return {
    title: input.title,
    summary: formatUserText(input.summary),
    notesBegin: formatUserText(input.notesBegin),
    notesEnd: formatUserText(input.notesEnd),
    language: input.language,
    restricted: input.restricted,
    commentPermission: input.commentPermission,
    moderateComments: input.moderateComments,
    expectedChapters: input.expectedChapters,
  };
}
