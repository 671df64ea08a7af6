import "server-only";
import type { MailMessage } from "@/lib/mail/mail-message";
import { writeToOutbox } from "@/lib/mail/outbox";
import { sendBySmtp } from "@/lib/mail/smtp";

// SMTP when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS from the start),
// otherwise the local outbox. Read per call, so a test can point it at its own server.
export async function sendMail(message: MailMessage): Promise<void> {
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) await sendBySmtp(smtpUrl, message);
  else await writeToOutbox(message);
}
