import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage } from "@/lib/mail/mail-message";
import { publicOrigin } from "@/lib/mail/public-origin";

// One pooled transport per SMTP_URL per server process (dev reloads reuse it).
const globalForSmtp = globalThis as unknown as { folioSmtp?: { url: string; transport: Transporter } };

function transportFor(url: string): Transporter {
  if (globalForSmtp.folioSmtp?.url !== url) {
    globalForSmtp.folioSmtp?.transport.close();
    globalForSmtp.folioSmtp = { url, transport: nodemailer.createTransport(url) };
  }
  return globalForSmtp.folioSmtp.transport;
}

export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.MAIL_FROM ?? `Folio <no-reply@${new URL(publicOrigin(env)).hostname}>`;
}

export async function sendBySmtp(url: string, message: MailMessage): Promise<void> {
  await transportFor(url).sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text });
}
