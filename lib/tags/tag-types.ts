import type { TagType } from "@/lib/generated/prisma/enums";

// The tag types writers type freely, in AO3's form order, with the form's field names and labels.
export const FREEFORM_TAG_FIELDS = [
  { field: "fandoms", type: "FANDOM", label: "Fandoms" },
  { field: "relationships", type: "RELATIONSHIP", label: "Relationships" },
  { field: "characters", type: "CHARACTER", label: "Characters" },
  { field: "freeforms", type: "FREEFORM", label: "Additional Tags" },
] as const satisfies readonly { field: string; type: TagType; label: string }[];

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
