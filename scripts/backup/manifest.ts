// What a backup holds besides the table data: enough to check on restore that every row arrived,
// that the schema matches, and to put the id sequences back where they were.
import { z } from "zod";

export const BACKUP_FORMAT = "folio-backup/1";
export const MANIFEST_FILE = "manifest.json";

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  postgresVersion: z.string(),
  // The applied Prisma migrations, oldest first: the last one is the schema version.
  migrations: z.array(z.string()),
  tables: z.array(
    z.object({
      name: z.string(),
      // The stored columns in COPY order; generated columns are left out and recomputed on restore.
      columns: z.array(z.string()),
      rows: z.number().int().nonnegative(),
      // Checked, because restore reads the file this names.
      file: z.string().regex(/^tables\/[\w.-]+\.copy$/),
    }),
  ),
  // last_value as text: bigint does not fit a JSON number.
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
});

export type Manifest = z.infer<typeof manifestSchema>;

// The same settings on both ends so that dates, times and floats written by COPY read back exactly
// (what pg_dump sets too).
export const COPY_SESSION_SETTINGS =
  "SET DateStyle = ISO; SET IntervalStyle = postgres; SET TimeZone = 'UTC'; SET extra_float_digits = 3; SET client_encoding = 'UTF8'";
