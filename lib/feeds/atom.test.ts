import { describe, expect, test } from "vitest";
import { escapeXml, renderAtomFeed } from "./atom";

describe("renderAtomFeed", () => {
  test("escapes every value and drops characters XML cannot carry", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    expect(escapeXml("bell\u0007 and form\u000C feed, tab\tkept")).toBe("bell and form feed, tab\tkept");
    expect(escapeXml("lone \uD800 surrogate, pair 🎵")).toBe("lone  surrogate, pair 🎵");
  });

  test("writes the feed's required elements, and an entry's summary as escaped HTML", () => {
    const xml = renderAtomFeed({
      id: "http://folio.test/tags/Fluff/works",
      title: "Fluff works on Folio",
      selfUrl: "http://folio.test/tags/Fluff/feed.atom",
      alternateUrl: "http://folio.test/tags/Fluff/works",
      updated: new Date("2024-05-01T10:00:00Z"),
      entries: [
        {
          id: "http://folio.test/works/1",
          title: "Tea & <Cake>",
          url: "http://folio.test/works/1",
          authors: ["Quill"],
          published: null,
          updated: new Date("2024-05-01T10:00:00Z"),
          summaryHtml: "<p>Warm &amp; sweet.</p>",
          categories: ['Say "hi"'],
        },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain("<updated>2024-05-01T10:00:00.000Z</updated>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://folio.test/tags/Fluff/feed.atom"/>');
    expect(xml).toContain("<title>Tea &amp; &lt;Cake&gt;</title>");
    expect(xml).toContain('<summary type="html">&lt;p&gt;Warm &amp;amp; sweet.&lt;/p&gt;</summary>');
    expect(xml).toContain('<category term="Say &quot;hi&quot;"/>');
    expect(xml).not.toContain("<published>");
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });
});
