// Reads what a backup must cover from the database itself, so a new table or column is backed up
// without anyone remembering to list it here.
import pg from "pg";

export const MIGRATIONS_TABLE = "_prisma_migrations";

export type TableColumns = { name: string; columns: string[] };

// Every ordinary table in the public schema except Prisma's bookkeeping (migrate deploy writes it
// on restore) and UNLOGGED tables (PostgreSQL itself empties them after a crash: they hold only
// what may be lost, such as the abuse-limit counters), with the columns COPY can load: generated
// ones are computed again on the way in.
export async function listTables(client: pg.ClientBase): Promise<TableColumns[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname::text AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relpersistence <> 'u' AND c.relname <> $1
      GROUP BY c.relname
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => ({ name: row.table, columns: row.columns }));
}

export async function listSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT sequencename::text AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
  );
  return rows.map((row) => row.name);
}

// Null when the database was never migrated (no Prisma bookkeeping table yet).
export async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const exists = await client.query("SELECT to_regclass($1) IS NOT NULL AS exists", [`public.${MIGRATIONS_TABLE}`]);
  if (!exists.rows[0]?.exists) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${MIGRATIONS_TABLE}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

// Rows the migrations themselves write (the archive's ratings, warnings and categories, and
// orphan_account, which holds orphaned works): an
// archive that has only these is empty, and a restore replaces them with the backup's own.
export const SEEDED_BY_MIGRATIONS: Record<string, string> = {
  tags: "type IN ('RATING', 'WARNING', 'CATEGORY')",
  users: "username_key = 'orphan_account'",
};

// The tables that already hold rows beyond the migrations' own, for refusing to restore over an archive.
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const filled: string[] = [];
  for (const table of await listTables(client)) {
    const seeded = SEEDED_BY_MIGRATIONS[table.name];
    const { rows } = await client.query(
      `SELECT EXISTS (SELECT 1 FROM ${pg.escapeIdentifier(table.name)}${seeded ? ` WHERE NOT (${seeded})` : ""}) AS filled`,
    );
    if (rows[0]?.filled) filled.push(table.name);
  }
  return filled;
}

export function columnList(columns: string[]) {
  return columns.map((column) => pg.escapeIdentifier(column)).join(", ");
}
