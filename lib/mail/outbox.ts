import "server-only";
import { db } from "@/lib/db";
import type { MailMessage } from "@/lib/mail/mail-message";

// Without SMTP, mail waits in the `mail_outbox` table, which every app server shares; `npm start`
// prints each new one (scripts/lib/print-outbox.ts) and the tests read it.
export async function writeToOutbox(message: MailMessage): Promise<void> {
  await db.mailOutbox.create({ data: { toAddress: message.to, subject: message.subject, textBody: message.text } });
}
