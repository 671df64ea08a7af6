import "server-only";
import type { Transaction } from "@/lib/db";
import { findOrCreateTags } from "@/lib/tags/find-or-create-tags";

// Replaces a bookmark's tags. They are FREEFORM tags shared with works, but Tag.usesCount counts
// works only (it orders autocomplete for writers), so it is left alone here.
export async function setBookmarkTags(tx: Transaction, bookmarkId: number, names: string[]) {
  const tags = await findOrCreateTags(tx, names.map((name) => ({ name, type: "FREEFORM" as const })));
  const tagIds = tags.map((tag) => tag.id);
  await tx.bookmarkTag.deleteMany({ where: { bookmarkId, tagId: { notIn: tagIds } } });
  await tx.bookmarkTag.createMany({ data: tagIds.map((tagId) => ({ bookmarkId, tagId })), skipDuplicates: true });
}
