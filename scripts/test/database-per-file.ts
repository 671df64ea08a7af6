// Gives each integration test file its own database, cloned from the migrated template that
// `npm test` prepares, and drops it afterwards. Runs before the test file imports lib/db.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../lib/database";

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!adminUrl || !template) {
  throw new Error("Integration tests need the database that `npm test` prepares: run them with `npm test`.");
}

const name = `folio_test_${randomBytes(6).toString("hex")}`;
await createDatabaseIfMissing(adminUrl, name, template);
process.env.DATABASE_URL = withDatabase(adminUrl, name);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  // $disconnect does not wait for the pool's connections to close: give them time to.
  await dropDatabase(adminUrl, name, { graceMs: 5_000 });
});
