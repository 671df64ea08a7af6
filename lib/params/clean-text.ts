import { stripControlCharacters } from "@/lib/text/strip-control-characters";

// Text from a URL (a query parameter or a path segment) made safe to search for: the control
// characters forms drop too (NUL makes PostgreSQL refuse the query), and also tab and line
// breaks, which a one-line value in a link never means.
export function cleanText(text: string): string {
  return stripControlCharacters(text).replace(/[\t\n\r]/g, "");
}
