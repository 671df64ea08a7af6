import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { READING_LISTS_MAX } from "@/lib/reading-lists/limits";
import type { NewReadingListInput } from "@/lib/reading-lists/schema";
import { fail, ok, type Result } from "@/lib/result";

type Created = Result<{ listId: number }>;

// A new, empty list. The owner's row is locked while counting, so two lists made at once cannot
// both pass the cap; one name per owner (any case) is the database's unique index, and of two
// concurrent creates with one name the second becomes the friendly message.
export async function createReadingList(ownerId: number, input: NewReadingListInput): Promise<Created> {
  try {
    return await db.$transaction(async (tx): Promise<Created> => {
      const [owner] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE id = ${ownerId} FOR NO KEY UPDATE`;
      if (!owner) return fail("not_found");
      if ((await tx.readingList.count({ where: { ownerId } })) >= READING_LISTS_MAX) {
        return fail("reading_list_limit", { field: "name", params: { max: READING_LISTS_MAX } });
      }
      const list = await tx.readingList.create({ data: { ownerId, name: input.name, private: input.private }, select: { id: true } });
      return ok({ listId: list.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("reading_list_name_taken", { field: "name" });
    throw error;
  }
}
