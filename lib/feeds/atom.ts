// An Atom 1.0 document (RFC 4287). Every value is plain text escaped here; an entry's summary is
// sanitised HTML, sent as type="html" (escaped once more), as feed readers expect.

export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  authors: string[];
  published: Date | null;
  updated: Date;
  summaryHtml: string;
  categories: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl: string;
  updated: Date;
  entries: AtomEntry[];
};

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/F).
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

function entryXml(entry: AtomEntry): string {
  const lines = [
    "  <entry>",
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    ...entry.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
    ...(entry.published ? [`    <published>${entry.published.toISOString()}</published>`] : []),
    `    <updated>${entry.updated.toISOString()}</updated>`,
    `    <summary type="html">${escapeXml(entry.summaryHtml)}</summary>`,
    ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
    "  </entry>",
  ];
  return lines.join("\n");
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    "  <generator>Folio</generator>",
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
