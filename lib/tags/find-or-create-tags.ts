import "server-only";
import type { Transaction } from "@/lib/db";
import type { TagType } from "@/lib/generated/prisma/enums";
import { fail, ok, type Result } from "@/lib/result";
import { ARCHIVE_TAG_TYPES, TAG_TYPE_FIELDS, TAG_TYPE_NOUNS } from "@/lib/tags/tag-types";

export type TagRequest = { name: string; type: TagType };

type FoundTag = { id: number; name: string; nameKey: string; type: TagType };

// Advisory-lock namespace for "a tag with this name is being created" (any other number is free).
const TAG_NAME_LOCK = 7_150;

async function findByKeys(tx: Transaction, keys: string[]) {
  if (keys.length === 0) return [];
  return tx.tag.findMany({ where: { nameKey: { in: keys } }, select: { id: true, name: true, nameKey: true, type: true } });
}

// Looks every name up first and creates only what is missing. A name that is missing at first is
// locked (per name, in one order, so two writers can't deadlock) and read again: whoever creates
// it first decides its type, and the other sees that type before writing anything, so a refusal
// leaves nothing behind. Names that exist are not locked: popular tags never serialise posting.
async function lookUpThenCreate(
  tx: Transaction,
  requests: TagRequest[],
  refuse: (request: TagRequest, existing: FoundTag) => boolean,
): Promise<Result<FoundTag[]>> {
  const keyOf = (request: TagRequest) => request.name.toLowerCase();
  const byKey = new Map((await findByKeys(tx, [...new Set(requests.map(keyOf))])).map((tag) => [tag.nameKey, tag]));
  const missingKeys = [...new Set(requests.map(keyOf).filter((key) => !byKey.has(key)))];
  if (missingKeys.length > 0) {
    await tx.$executeRaw`
      SELECT pg_advisory_xact_lock(${TAG_NAME_LOCK}::int, hashtext(k))
      FROM (SELECT DISTINCT unnest(${missingKeys}::text[]) AS k) names ORDER BY hashtext(k)`;
    for (const tag of await findByKeys(tx, missingKeys)) byKey.set(tag.nameKey, tag);
  }
  for (const request of requests) {
    const existing = byKey.get(keyOf(request));
    if (existing && refuse(request, existing)) {
      return fail("tag_wrong_type", {
        field: TAG_TYPE_FIELDS[request.type],
        params: { name: existing.name, actual: TAG_TYPE_NOUNS[existing.type], expected: TAG_TYPE_NOUNS[request.type] },
      });
    }
  }
  const toCreate = requests.filter((request) => !byKey.has(keyOf(request)));
  if (toCreate.length > 0) {
    // Archive tags exist from the first migration; the database refuses any other name as one.
    await tx.tag.createMany({
      data: toCreate.map(({ name, type }) => ({ name, type, canonical: ARCHIVE_TAG_TYPES.includes(type) })),
      skipDuplicates: true,
    });
    for (const tag of await findByKeys(tx, toCreate.map(keyOf))) byKey.set(tag.nameKey, tag);
  }
  return ok([...new Map(requests.flatMap((request) => byKey.get(keyOf(request)) ?? []).map((tag) => [tag.id, tag])).values()]);
}

// A work's tags, each looked up by name *and* the type of the field it was typed in: "Explicit"
// in Additional Tags is refused ("Explicit is a rating, not an additional tag"), never re-typed,
// and so is someone's fandom typed as a character. An existing tag keeps its own spelling:
// "spike" typed by one writer is AO3's "Spike" for everyone.
export function findOrCreateWorkTags(tx: Transaction, requests: TagRequest[]) {
  return lookUpThenCreate(tx, requests, (request, existing) => existing.type !== request.type);
}

// A bookmark's "Your tags" may be of any type (as on AO3: "Explicit" or a fandom on a bookmark
// means that tag), so an existing tag is reused whatever its type and only a new name is created,
// as an additional tag. Archive tags always exist, so one is never created as a freeform, and a
// bookmark never changes any tag's type; hence no refusal here.
export async function findOrCreateBookmarkTags(tx: Transaction, names: string[]) {
  const result = await lookUpThenCreate(tx, names.map((name) => ({ name, type: "FREEFORM" as const })), () => false);
  if (!result.ok) throw new Error("Bookmark tags are never refused.");
  return result.value;
}

// Usage counts drive "most used first" in autocomplete; they count posted works only. Every
// posting touches popular rows ("No Archive Warnings Apply"), so the rows are locked in id order
// first: two writers updating overlapping tags then wait for each other instead of deadlocking.
// NO KEY UPDATE, not UPDATE: the work_tags rows each posting has just inserted hold KEY SHARE
// locks on these tags through the foreign key, and FOR UPDATE would wait on the other's.
export async function adjustTagUses(tx: Transaction, changes: { added?: number[]; removed?: number[] }) {
  const added = changes.added ?? [];
  const removed = changes.removed ?? [];
  const ids = [...added, ...removed];
  if (ids.length === 0) return;
  const deltas = [...added.map(() => 1), ...removed.map(() => -1)];
  await tx.$executeRaw`SELECT id FROM tags WHERE id = ANY(${ids}::int[]) ORDER BY id FOR NO KEY UPDATE`;
  await tx.$executeRaw`
    UPDATE tags t SET uses_count = t.uses_count + c.delta
    FROM (SELECT id, sum(delta)::int AS delta FROM unnest(${ids}::int[], ${deltas}::int[]) AS u(id, delta) GROUP BY id) c
    WHERE t.id = c.id`;
}
