import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import type { EditTagInput } from "@/lib/tags/schema";

// Tag wrangling (admins only; the caller checks the role). A synonym points at a canonical tag of
// the same type and is never canonical itself; its own synonyms move to the new canonical tag, so
// synonym chains never form.
// Answers the tag's name, for the page to return to.
export async function editTag(tagId: number, input: EditTagInput): Promise<Result<{ name: string }>> {
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { id: true, type: true, name: true } });
    if (!tag) return fail("not_found");
    if (!input.synonymOf) {
      await tx.tag.update({ where: { id: tagId }, data: { canonical: input.canonical, synonymOfId: null } });
      return ok({ name: tag.name });
    }
    const target = await tx.tag.findUnique({
      where: { nameKey: input.synonymOf.toLowerCase() },
      select: { id: true, type: true, canonical: true, synonymOfId: true },
    });
    const field = "synonymOf";
    if (!target) return fail("tag_unknown", { field, params: { name: input.synonymOf } });
    if (target.id === tag.id) return fail("tag_synonym_of_itself", { field });
    if (target.type !== tag.type) return fail("tag_synonym_other_type", { field });
    if (!target.canonical || target.synonymOfId !== null) {
      return fail("tag_synonym_not_canonical", { field, params: { name: input.synonymOf } });
    }
    if (input.canonical) return fail("tag_synonym_canonical", { field: "canonical" });
    await tx.tag.updateMany({ where: { synonymOfId: tag.id }, data: { synonymOfId: target.id } });
    await tx.tag.update({ where: { id: tagId }, data: { canonical: false, synonymOfId: target.id } });
    return ok({ name: tag.name });
  });
}
