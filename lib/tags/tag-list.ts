import { z } from "zod";
import { TAG_MAX_LENGTH } from "@/lib/tags/limits";

export { TAG_MAX_LENGTH };

// AO3 rejects these inside a tag name (the comma separates tags in the form).
export const TAG_FORBIDDEN_CHARACTERS = [",", "^", "*", "<", ">", "{", "}", "=", "`", "，", "、", "\\", "%"];
const FORBIDDEN = new Set(TAG_FORBIDDEN_CHARACTERS);

// "Spike ,  buffy summers,,spike" → ["Spike", "buffy summers"]: trimmed, inner spaces folded,
// duplicates (case-insensitively) dropped, first spelling kept.
export function splitTagList(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(",")) {
    const tag = raw.replace(/\s+/gu, " ").trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function tagNameProblem(tag: string): string | null {
  if (tag.length > TAG_MAX_LENGTH) return `Tag "${tag.slice(0, 30)}…" must be ${TAG_MAX_LENGTH} characters or fewer.`;
  if ([...tag].some((character) => FORBIDDEN.has(character))) {
    return `Tag "${tag}" cannot include the characters ${TAG_FORBIDDEN_CHARACTERS.filter((c) => c !== ",").join(" ")}.`;
  }
  return null;
}

// A comma-separated tag field: parsed to a list, each tag checked.
export const tagListField = z
  .string()
  .default("")
  .transform((text) => splitTagList(text))
  .superRefine((tags, context) => {
    for (const tag of tags) {
      const problem = tagNameProblem(tag);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }
  });
