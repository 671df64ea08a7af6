import type { TagRequest } from "@/lib/tags/find-or-create-tags";
import type { WorkMetadataInput } from "@/lib/works/schema";

// Every tag of a work as the writer chose them, typed by the field they were entered in.
export function workTagRequests(work: WorkMetadataInput): TagRequest[] {
  return [
    { name: work.rating, type: "RATING" as const },
    ...work.warnings.map((name) => ({ name, type: "WARNING" as const })),
    ...work.categories.map((name) => ({ name, type: "CATEGORY" as const })),
    ...work.fandoms.map((name) => ({ name, type: "FANDOM" as const })),
    ...work.relationships.map((name) => ({ name, type: "RELATIONSHIP" as const })),
    ...work.characters.map((name) => ({ name, type: "CHARACTER" as const })),
    ...work.freeforms.map((name) => ({ name, type: "FREEFORM" as const })),
  ];
}
