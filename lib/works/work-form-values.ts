import type { FormValues } from "@/lib/forms/form-state";
import { groupTags } from "@/lib/works/group-tags";
import type { OwnWork } from "@/lib/works/get-own-work";

// A saved work as the edit form's starting values, in the same shape a submit produces.
export function workFormValues(work: OwnWork): FormValues {
  const tagsOf = groupTags(work.tags);
  return {
    rating: tagsOf("RATING")[0] ?? "Not Rated",
    warnings: tagsOf("WARNING"),
    categories: tagsOf("CATEGORY"),
    fandoms: tagsOf("FANDOM").join(", "),
    relationships: tagsOf("RELATIONSHIP").join(", "),
    characters: tagsOf("CHARACTER").join(", "),
    freeforms: tagsOf("FREEFORM").join(", "),
    title: work.title,
    summary: work.summary,
    notesBegin: work.notesBegin,
    notesEnd: work.notesEnd,
    language: work.language,
    expectedChapters: work.expectedChapters === null ? "" : String(work.expectedChapters),
    publishedAt: work.publishedAt ? work.publishedAt.toISOString().slice(0, 10) : "",
    restricted: work.restricted ? "on" : "",
    commentPermission: work.commentPermission,
    moderateComments: work.moderateComments ? "on" : "",
  };
}
