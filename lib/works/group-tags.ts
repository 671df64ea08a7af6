import type { TagType } from "@/lib/generated/prisma/enums";

// A work's tags grouped by type, each group in the order the tags were stored.
export function groupTags(tags: { tag: { name: string; type: TagType } }[]) {
  const groups = new Map<TagType, string[]>();
  for (const { tag } of tags) groups.set(tag.type, [...(groups.get(tag.type) ?? []), tag.name]);
  return (type: TagType) => groups.get(type) ?? [];
}
