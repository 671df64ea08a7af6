import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { lookUpTag } from "@/lib/tags/lookup-tags";
import type { EditTagInput } from "@/lib/tags/schema";
import { ARCHIVE_TAG_TYPES } from "@/lib/tags/tag-types";

// Tag wrangling (admins only; the caller checks the role). A synonym points at a canonical tag of
// the same type and is never canonical itself; its own synonyms move to the new canonical tag, so
// synonym chains never form. The database holds the same rules (CHECKs and a trigger on tags);
// these checks come first so an admin reads why, not an error page.
// Answers the tag's name, for the page to return to.
export async function editTag(tagId: number, input: EditTagInput): Promise<Result<{ name: string }>> {
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({
      where: { id: tagId },
      select: { id: true, type: true, name: true, _count: { select: { synonyms: true } } },
    });
    if (!tag) return fail("not_found");
    if (ARCHIVE_TAG_TYPES.includes(tag.type)) {
      if (input.canonical && !input.synonymOf) return ok({ name: tag.name });
      return fail("tag_archive_fixed", { field: input.synonymOf ? "synonymOf" : "canonical" });
    }
    if (!input.synonymOf) {
      if (!input.canonical && tag._count.synonyms > 0) return fail("tag_has_synonyms", { field: "canonical", params: { name: tag.name } });
      await tx.tag.update({ where: { id: tagId }, data: { canonical: input.canonical, synonymOfId: null } });
      return ok({ name: tag.name });
    }
    const target = await lookUpTag(input.synonymOf, tx);
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
