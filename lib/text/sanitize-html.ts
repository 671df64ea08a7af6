import sanitizeHtml from "sanitize-html";

// The tags a writer may use in work text, summaries, notes and comments. Nothing here can run
// script or fetch remote content (no img, iframe, style), so a work page never tracks its readers.
export const USER_HTML_TAGS = [
  "p", "br", "em", "strong", "i", "b", "u", "s", "del", "sup", "sub",
  "blockquote", "h2", "h3", "h4", "ul", "ol", "li", "hr", "a",
] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...USER_HTML_TAGS],
  // rel is listed only so the value forced below survives; a writer's own rel is overwritten.
  allowedAttributes: { a: ["href", "rel"] },
  // Relative and #fragment links stay (footnotes are common in fics); they carry no scheme.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links in user text must not pass on the archive's ranking, and search engines should know
    // they are user-generated.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc" } }),
  },
};

export function sanitizeUserHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
