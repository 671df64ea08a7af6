// A plain-text mail; Folio's mails are short notes with one link.
export type MailMessage = { to: string; subject: string; text: string };
