// AO3's adult content check: Mature and Explicit works ask "This work could have adult
// content…" before their text, and a reader's "Yes, Continue" lasts the browser session. The
// answer travels as AO3's does: a `view_adult=true` query parameter on the link, which proxy.ts
// turns into a session cookie of the same name (pages cannot set cookies).

export const VIEW_ADULT = "view_adult";

export const ADULT_RATINGS: readonly string[] = ["Mature", "Explicit"];

export const ADULT_CONTENT_MESSAGE =
  "This work could have adult content. If you continue, you have agreed that you are willing to see such content.";

export function isAdultWork(tags: readonly { tag: { name: string; type: string } }[]): boolean {
  return tags.some(({ tag }) => tag.type === "RATING" && ADULT_RATINGS.includes(tag.name));
}

/** The same address with the reader's "Yes, Continue" on it. */
export function withAdultConsent(path: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}${VIEW_ADULT}=true`;
}

export function saysYes(value: unknown): boolean {
  return value === "true" || (Array.isArray(value) && value.includes("true"));
}
