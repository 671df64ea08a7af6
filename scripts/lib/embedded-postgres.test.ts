import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { DatabaseInUseError, startEmbeddedPostgres } from "./embedded-postgres";

describe("the embedded PostgreSQL", () => {
  test("keeps data across restarts and refuses a second server on the same data directory", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "folio-embedded-test-"));
    try {
      const first = await startEmbeddedPostgres(dataDir);
      const client = new pg.Client({ connectionString: first.url("postgres") });
      await client.connect();
      await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
      await client.end();

      const second = startEmbeddedPostgres(dataDir);
      await expect(second).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(second).rejects.toThrow(/Another Folio is already using the database/);
      await first.stop();

      const again = await startEmbeddedPostgres(dataDir);
      const reader = new pg.Client({ connectionString: again.url("postgres") });
      await reader.connect();
      expect((await reader.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
      await reader.end();
      await again.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
