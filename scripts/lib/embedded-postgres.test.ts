import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { DatabaseInUseError, startEmbeddedPostgres } from "./embedded-postgres";
import { passwordFileFor } from "./postgres-password";
import { letPostgresUserReach, PostgresUnreachableError } from "./postgres-reach";
import { makeThrowawayFolder } from "./throwaway-postgres";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

// A folder the postgres user can reach even when the checkout is in a private one (as npm test's).
let folder: string;
beforeEach(() => {
  folder = makeThrowawayFolder("embedded-test");
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const start = (dataDir: string) => startEmbeddedPostgres(dataDir, { mirrorBinariesIn: folder });

describe("the embedded PostgreSQL", () => {
  test("keeps data across restarts and refuses a second server on the same data directory", async () => {
    const dataDir = path.join(folder, "postgres");
    const first = await start(dataDir);
    await query(first.url("postgres"), "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");

    const second = start(dataDir);
    await expect(second).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(second).rejects.toThrow(/Another Folio is already using the database/);
    await first.stop();

    const again = await start(dataDir);
    expect(await query(again.url("postgres"), "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    await again.stop();
  }, 60_000);

  test("logs in with a random password kept in a private file, over SCRAM only", async () => {
    const dataDir = path.join(folder, "postgres");
    const server = await start(dataDir);
    try {
      const file = passwordFileFor(dataDir);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, "utf8").trim();
      expect(password).toMatch(/^[\w-]{32}$/);
      expect(server.url("postgres")).toContain(`:${password}@127.0.0.1:`);

      const [settings] = await query(server.url("postgres"), "SELECT current_setting('password_encryption') AS encryption, rolpassword FROM pg_authid WHERE rolname = 'folio'");
      expect(settings.encryption).toBe("scram-sha-256");
      expect(settings.rolpassword).toMatch(/^SCRAM-SHA-256\$/);
      const rules = await query(server.url("postgres"), "SELECT DISTINCT auth_method FROM pg_hba_file_rules");
      expect(rules).toEqual([{ auth_method: "scram-sha-256" }]);

      const wrong = new URL(server.url("postgres"));
      wrong.password = "folio";
      await expect(query(wrong.toString(), "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
    } finally {
      await server.stop();
    }
  }, 60_000);

  test("moves a data directory made with the old folio/folio password to the password file", async () => {
    const dataDir = path.join(folder, "postgres");
    const server = await start(dataDir);
    // Recreate what an older Folio left behind: the legacy password, cleartext `password`
    // authentication and no password file.
    await query(server.url("postgres"), "ALTER ROLE folio PASSWORD 'folio'");
    await server.stop();
    rmSync(passwordFileFor(dataDir));
    writeFileSync(path.join(dataDir, "pg_hba.conf"), "host all all 127.0.0.1/32 password\n");

    const upgraded = await start(dataDir);
    try {
      const password = readFileSync(passwordFileFor(dataDir), "utf8").trim();
      expect(password).not.toBe("folio");
      expect(await query(upgraded.url("postgres"), "SELECT DISTINCT auth_method FROM pg_hba_file_rules")).toEqual([{ auth_method: "scram-sha-256" }]);
    } finally {
      await upgraded.stop();
    }
  }, 60_000);
});

describe.runIf(process.getuid?.() === 0)("reaching the data directory as the postgres user", () => {
  test("adds o+x inside the checkout, but only names a blocking folder above it and then changes nothing", () => {
    const above = mkdtempSync(path.join(os.tmpdir(), "folio-private-")); // 0700, like mktemp -d
    try {
      const checkout = path.join(above, "checkout");
      const inside = path.join(checkout, "private", "postgres");
      mkdirSync(inside, { recursive: true, mode: 0o700 });
      chmodSync(path.join(checkout, "private"), 0o700);
      expect(() => letPostgresUserReach(inside, [checkout])).toThrow(PostgresUnreachableError);
      expect(() => letPostgresUserReach(inside, [checkout])).toThrow(`chmod o+x ${above}`);
      expect(statSync(above).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(checkout, "private")).mode & 0o777).toBe(0o700);

      chmodSync(above, 0o711); // what the message asks the owner to do
      letPostgresUserReach(inside, [checkout]);
      expect(statSync(path.join(checkout, "private")).mode & 0o777).toBe(0o701);
    } finally {
      rmSync(above, { recursive: true, force: true });
    }
  });
});
