import pg from "pg";

// Without SMTP_URL, mail waits in the `mail_outbox` table (lib/mail/outbox.ts). `npm start` prints
// each new one once: the UPDATE marks what it takes, so several starts on one database never print
// a mail twice, and mail written while Folio was stopped is printed at the next start.
export type OutboxPrinter = { stop: () => Promise<void> };

const EVERY_MS = 2_000;

export function printOutbox(databaseUrl: string, write: (text: string) => void = console.log): OutboxPrinter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, allowExitOnIdle: true });
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const { rows } = await pool.query<{ to_address: string; subject: string; text_body: string; created_at: Date }>(
        `UPDATE mail_outbox SET printed_at = now() AT TIME ZONE 'UTC'
          WHERE id IN (SELECT id FROM mail_outbox WHERE printed_at IS NULL ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
          RETURNING to_address, subject, text_body, created_at`,
      );
      for (const mail of rows) {
        write(`\n✉ Mail to ${mail.to_address} (kept in the outbox; set SMTP_URL to send mail)\nSubject: ${mail.subject}\n\n${mail.text_body.trimEnd()}\n`);
      }
    } catch {
      // The database is restarting or gone: the next tick tries again.
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, EVERY_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await pool.end();
    },
  };
}
