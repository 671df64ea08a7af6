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

// How a refusal names a type: "Explicit is a rating, not an additional tag."
export const TAG_TYPE_NOUNS: Record<TagType, string> = {
  RATING: "a rating",
  WARNING: "an archive warning",
  CATEGORY: "a category",
  FANDOM: "a fandom",
  RELATIONSHIP: "a relationship",
  CHARACTER: "a character",
  FREEFORM: "an additional tag",
};

// The posting form's field for each type (lib/works/schema.ts), where a refusal is shown.
export const TAG_TYPE_FIELDS: Record<TagType, string> = {
  RATING: "rating",
  WARNING: "warnings",
  CATEGORY: "categories",
  FANDOM: "fandoms",
  RELATIONSHIP: "relationships",
  CHARACTER: "characters",
  FREEFORM: "freeforms",
};

export const ARCHIVE_TAG_TYPES: readonly TagType[] = ["RATING", "WARNING", "CATEGORY"];
