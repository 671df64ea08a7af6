// DATABASE_REPLICA_URL against a real streaming replica of the test run's PostgreSQL
// (scripts/test/postgres-standby.ts). Replay on the replica is paused to make it lag: a read that
// misses a row the primary already has was answered by the replica, one that finds it by the primary.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { type Standby, startStandby } from "../scripts/test/postgres-standby";

// The request's cookies, as next/headers would hand them over.
const jar = new Map<string, { value: string }>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined) }),
}));

let standby: Standby;
let lib: {
  db: typeof import("@/lib/db").db;
  readDb: typeof import("@/lib/db").readDb;
  findUserByUsername: typeof import("@/lib/users/find-user").findUserByUsername;
  makeUser: typeof import("../scripts/test/fixtures").makeUser;
  routing: typeof import("@/lib/db-routing");
};

beforeAll(async () => {
  standby = await startStandby(process.env.TEST_DATABASE_ADMIN_URL!);
  // This file's database (made by the setup file) is on the replica once it has caught up.
  await standby.caughtUp();
  process.env.DATABASE_REPLICA_URL = standby.url(new URL(process.env.DATABASE_URL!).pathname.slice(1));
  // lib/db makes its client when first imported: after the variable is set.
  lib = {
    db: (await import("@/lib/db")).db,
    readDb: (await import("@/lib/db")).readDb,
    findUserByUsername: (await import("@/lib/users/find-user")).findUserByUsername,
    makeUser: (await import("../scripts/test/fixtures")).makeUser,
    routing: await import("@/lib/db-routing"),
  };
}, 30_000);

afterAll(async () => {
  await lib?.db.$disconnect();
  delete process.env.DATABASE_REPLICA_URL;
  await standby?.stop();
});

const inRecovery = async (client: { $queryRaw: typeof lib.db.$queryRaw }) =>
  (await client.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0]!.standby;

// A user written while the replica stands still: on the primary only, until replay resumes.
async function userOnlyOnPrimary() {
  await standby.pauseReplay();
  return lib.makeUser("replica");
}

describe("DATABASE_REPLICA_URL", () => {
  test("the replica is a standby and the primary is not (raw reads name it through readDb)", async () => {
    expect(await inRecovery(lib.readDb)).toBe(true);
    expect(await inRecovery(lib.db)).toBe(false);
  });

  test("reads go to the replica, writes to the primary, and the replica catches up", async () => {
    jar.clear();
    try {
      // The write succeeds: a replica would refuse it ("read-only transaction").
      const user = await userOnlyOnPrimary();
      expect(await lib.findUserByUsername(user.username)).toBeNull();
      expect(await lib.db.user.count({ where: { id: user.id } })).toBe(0);
      // A transaction reads the primary.
      expect(await lib.db.$transaction((tx) => tx.user.count({ where: { id: user.id } }))).toBe(1);
      await standby.resumeReplay();
      await expect.poll(() => lib.findUserByUsername(user.username)).toMatchObject({ id: user.id });
    } finally {
      await standby.resumeReplay();
    }
  });

  // proxy.ts puts the marker on every post and on the browser's next requests (db-routing.test.ts).
  test("a post, or a browser that has just posted, reads from the primary until its marker runs out", async () => {
    const { FRESH_COOKIE, FRESH_SECONDS } = lib.routing;
    try {
      const user = await userOnlyOnPrimary();
      jar.set(FRESH_COOKIE, { value: String(Date.now() + FRESH_SECONDS * 1000) });
      expect(await lib.findUserByUsername(user.username)).toMatchObject({ id: user.id });
      expect(await inRecovery(lib.readDb)).toBe(false);
      jar.set(FRESH_COOKIE, { value: String(Date.now() - 1) });
      expect(await lib.findUserByUsername(user.username)).toBeNull();
      // A hand-made marker far in the future counts for nothing.
      jar.set(FRESH_COOKIE, { value: String(Date.now() + 3600_000) });
      expect(await lib.findUserByUsername(user.username)).toBeNull();
    } finally {
      jar.clear();
      await standby.resumeReplay();
    }
  });

  // Last: it stops the replica.
  test("while the replica can't be reached, reads go to the primary and the archive stays up", async () => {
    const user = await lib.makeUser("no-replica");
    await standby.stop();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await lib.findUserByUsername(user.username)).toMatchObject({ id: user.id });
    expect(await inRecovery(lib.readDb)).toBe(false);
    expect(await lib.db.user.count({ where: { id: user.id } })).toBe(1);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("read replica is unreachable"), expect.anything());
    errors.mockRestore();
    // Not taken for the database being down (which would answer every page with a 503).
    const health = (globalThis as unknown as Record<symbol, { down: boolean }>)[Symbol.for("folio.databaseHealth")];
    expect(health?.down).toBe(false);
  });
});
