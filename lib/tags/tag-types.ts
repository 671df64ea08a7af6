import type { TagType } from "@/lib/generated/prisma/enums";

// Blurb and work-page order (AO3): rating, warnings, categories, fandoms, relationships, characters, freeforms.
export const TAG_TYPE_ORDER: TagType[] = [
  "RATING",
  "WARNING",
  "CATEGORY",
  "FANDOM",
  "RELATIONSHIP",
  "CHARACTER",
  "FREEFORM",
];

export const TAG_TYPE_LABELS: Record<TagType, string> = {
  RATING: "Rating",
  WARNING: "Archive Warnings",
  CATEGORY: "Categories",
  FANDOM: "Fandoms",
  RELATIONSHIP: "Relationships",
  CHARACTER: "Characters",
  FREEFORM: "Additional Tags",
};
