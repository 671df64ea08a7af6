import "server-only";
import { db } from "@/lib/db";
import type { EditTagInput } from "@/lib/tags/schema";

export type EditTagResult = { ok: true } | { ok: false; field: "synonymOf" | "canonical"; message: string };

// Tag wrangling (admins only; the caller checks the role). A synonym points at a canonical tag of
// the same type and is never canonical itself; its own synonyms move to the new canonical tag, so
// synonym chains never form.
export async function editTag(tagId: number, input: EditTagInput): Promise<EditTagResult> {
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUniqueOrThrow({ where: { id: tagId }, select: { id: true, type: true, name: true } });
    if (!input.synonymOf) {
      await tx.tag.update({ where: { id: tagId }, data: { canonical: input.canonical, synonymOfId: null } });
      return { ok: true };
    }
    const target = await tx.tag.findUnique({
      where: { nameKey: input.synonymOf.toLowerCase() },
      select: { id: true, type: true, canonical: true, synonymOfId: true },
    });
    if (!target) return { ok: false, field: "synonymOf", message: `There is no tag named "${input.synonymOf}".` };
    if (target.id === tag.id) return { ok: false, field: "synonymOf", message: "A tag can't be a synonym of itself." };
    if (target.type !== tag.type) return { ok: false, field: "synonymOf", message: "A synonym must be a tag of the same type." };
    if (!target.canonical || target.synonymOfId !== null) {
      return { ok: false, field: "synonymOf", message: `"${input.synonymOf}" is not a canonical tag; make it canonical first.` };
    }
    if (input.canonical) return { ok: false, field: "canonical", message: "A synonym can't be canonical itself." };
    await tx.tag.updateMany({ where: { synonymOfId: tag.id }, data: { synonymOfId: target.id } });
    await tx.tag.update({ where: { id: tagId }, data: { canonical: false, synonymOfId: target.id } });
    return { ok: true };
  });
}
