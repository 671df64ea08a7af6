import "server-only";
import type { Transaction } from "@/lib/db";
import { findOrCreateBookmarkTags } from "@/lib/tags/find-or-create-tags";

// Replaces a bookmark's tags: existing tags of any type, new names as additional tags (see
// findOrCreateBookmarkTags). Tag.usesCount counts works only (it orders autocomplete for
// writers), so it is left alone here.
export async function setBookmarkTags(tx: Transaction, bookmarkId: number, names: string[]) {
  const tags = await findOrCreateBookmarkTags(tx, names);
  const tagIds = tags.map((tag) => tag.id);
  await tx.bookmarkTag.deleteMany({ where: { bookmarkId, tagId: { notIn: tagIds } } });
  await tx.bookmarkTag.createMany({ data: tagIds.map((tagId) => ({ bookmarkId, tagId })), skipDuplicates: true });
}
