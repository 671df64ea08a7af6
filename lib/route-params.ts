import { cleanText } from "@/lib/params/clean-text";

// Route ids are positive integers; anything else is a 404, not a database error.
export function parseId(raw: string): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

// A name segment (tag, username) as the reader typed it, or null when it is not valid
// percent-encoding (`%E0%A4%A`): decodeURIComponent throws on those, which would be a 500.
// Control characters cannot be in a name, so they are dropped before any lookup.
export function decodeSegment(raw: string): string | null {
  try {
    const name = cleanText(decodeURIComponent(raw)).trim();
    return name === "" ? null : name;
  } catch {
    return null;
  }
}
