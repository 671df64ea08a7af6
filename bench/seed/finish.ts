// What the app keeps up to date as it goes, computed once after the load: tags' use counts
// (posted works only, each tag row its own, synonyms too: adjustTagUses), and the id sequences
// moved past the explicit ids, so the app's next insert (the bench posts a chapter) gets a new id.
export const tagUsesSql = `
  UPDATE tags t SET uses_count = c.uses
  FROM (SELECT wt.tag_id, count(*)::int AS uses FROM work_tags wt JOIN works w ON w.id = wt.work_id WHERE w.posted GROUP BY wt.tag_id) c
  WHERE t.id = c.tag_id`;

export const SEQUENCED_TABLES = ["users", "tags", "works", "chapters", "comments", "kudos", "bookmarks", "creatorships"];

export const sequencesSql = SEQUENCED_TABLES.map(
  (table) => `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${table}), false);`,
).join("\n");
