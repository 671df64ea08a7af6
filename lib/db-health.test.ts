import { describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";
import { isConnectionError, noteDatabaseError } from "@/lib/db-health";

const known = (code: string, message: string) => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.3" });

describe("database connection errors", () => {
  test("an unreachable server, a timeout or a dropped connection is a connection error", () => {
    expect(isConnectionError(known("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    expect(isConnectionError(known("P1017", "Server has closed the connection."))).toBe(true);
    expect(isConnectionError(known("P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`"))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
  });

  test("a query's own failure is not", () => {
    expect(isConnectionError(known("P2002", "Unique constraint failed on the fields: (`name`)"))).toBe(false);
    expect(isConnectionError(known("P2025", "Record to update not found."))).toBe(false);
    expect(isConnectionError(new Error("canceling statement due to statement timeout"))).toBe(false);
    expect(isConnectionError("P1001")).toBe(false);
  });

  test("a connection error carries the digest the error pages recognise", () => {
    const error = known("P1001", "Can't reach database server");
    noteDatabaseError(error);
    expect((error as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    const other = known("P2002", "Unique constraint failed");
    noteDatabaseError(other);
    expect((other as { digest?: string }).digest).toBeUndefined();
  });
});
