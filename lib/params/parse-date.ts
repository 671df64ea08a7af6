import { firstValue } from "@/lib/params/first-value";

// Dates in links are days (YYYY-MM-DD). The years are bounded because JavaScript accepts dates
// up to year 275760 and PostgreSQL's timestamp arithmetic overflows well before that; nobody
// posted a work before 1970 or will after 9999. Invalid days (2026-02-31) are ignored too.
export function parseDay(raw: unknown): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(firstValue(raw) ?? "");
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const sameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return sameDay ? date : undefined;
}
