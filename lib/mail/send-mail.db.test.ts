import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { sendMail } from "@/lib/mail/send-mail";
import { userWithPassword } from "@/lib/users/account-test-fixtures";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { isResetTokenValid } from "@/lib/users/reset-password";

// A real SMTP server in this process: what it receives is parsed as a mail client would.
let server: SMTPServer;
let received: { envelopeTo: string[]; mail: ParsedMail }[] = [];
let smtpUrl: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((to) => to.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  received = [];
});

afterAll(async () => {
  await rateLimits().close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail", () => {
  test("with SMTP_URL set, the reset mail reaches the SMTP server with a link that works", async () => {
    process.env.SMTP_URL = smtpUrl;
    process.env.MAIL_FROM = "Folio Archive <archive@folio.test>";
    const user = await userWithPassword("smtp");
    const outboxBefore = await db.mailOutbox.count();

    await requestPasswordReset(user.username);

    expect(received).toHaveLength(1);
    const [{ envelopeTo, mail }] = received as [(typeof received)[number]];
    expect(envelopeTo).toEqual([user.email]);
    expect(mail.from?.text).toBe('"Folio Archive" <archive@folio.test>');
    expect(mail.subject).toBe("Reset your Folio password");
    const link = /(https?:\/\/\S+\/users\/password\/edit\?reset_password_token=\S+)/.exec(mail.text ?? "")?.[1];
    expect(link).toBeDefined();
    const token = new URL(link!).searchParams.get("reset_password_token")!;
    expect(await isResetTokenValid(token)).toBe(true);
    // Nothing went to the outbox.
    expect(await db.mailOutbox.count()).toBe(outboxBefore);
  });

  test("without SMTP_URL, mail waits in the outbox", async () => {
    await sendMail({ to: "someone@example.test", subject: "Hello", text: "A line of text.\n" });
    const row = await db.mailOutbox.findFirstOrThrow({ where: { toAddress: "someone@example.test" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ subject: "Hello", textBody: "A line of text.\n", printedAt: null });
    expect(received).toHaveLength(0);
  });

  test("an SMTP server that refuses the mail is an error the sender sees", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    await expect(sendMail({ to: "someone@example.test", subject: "Hello", text: "x" })).rejects.toThrow();
  });
});
