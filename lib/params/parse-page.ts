import { parseBoundedInt } from "@/lib/params/parse-int";

// Deeper pages are never linked (the pager shows neighbours) and an OFFSET that large only makes
// the database walk and drop rows; anything past this, or not a page number at all, is page 1.
export const MAX_PAGE = 5000;

// The one page parser for every paginated list: a 1-based page number from `?page=`.
export function parsePage(raw: unknown): number {
  return parseBoundedInt(raw, 1, MAX_PAGE) ?? 1;
}
