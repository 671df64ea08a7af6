import { expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { printOutbox } from "./print-outbox";

test("npm start prints each mail of the outbox once, even with two printers on one database", async () => {
  const printed: string[] = [];
  const first = printOutbox(process.env.DATABASE_URL!, (text) => printed.push(text));
  const second = printOutbox(process.env.DATABASE_URL!, (text) => printed.push(text));
  try {
    await db.mailOutbox.createMany({
      data: [
        { toAddress: "one@example.test", subject: "Reset your Folio password", textBody: "http://localhost:3000/users/password/edit?reset_password_token=abc\n" },
        { toAddress: "two@example.test", subject: "Another", textBody: "Second mail.\n" },
      ],
    });
    await vi.waitFor(() => expect(printed).toHaveLength(2), { timeout: 10_000 });
    expect(printed[0]).toContain("Mail to one@example.test");
    expect(printed[0]).toContain("reset_password_token=abc");
    expect(printed[1]).toContain("Mail to two@example.test");
    expect(await db.mailOutbox.count({ where: { printedAt: null } })).toBe(0);
  } finally {
    await first.stop();
    await second.stop();
  }
  expect(printed).toHaveLength(2);
});
