import { describe, expect, test } from "vitest";
import { sanitizeUserHtml } from "./sanitize-html";

describe("sanitizeUserHtml", () => {
  test("keeps the formatting a writer is allowed", () => {
    const html =
      "<h2>Part</h2><p><em>a</em> <strong>b</strong> <i>c</i> <b>d</b> <u>e</u> <s>f</s> <del>g</del> x<sup>2</sup> H<sub>2</sub>O</p>" +
      "<blockquote><p>quoted</p></blockquote><ul><li>one</li></ul><ol><li>two</li></ol><hr /><p>line<br />break</p>";
    expect(sanitizeUserHtml(html)).toBe(html);
  });

  test("drops script tags together with their content", () => {
    const out = sanitizeUserHtml("<p>hi</p><script>alert('x')</script>");
    expect(out).toBe("<p>hi</p>");
  });

  test("drops event handler attributes", () => {
    const out = sanitizeUserHtml('<p onclick="steal()" onmouseover="x()">hi</p>');
    expect(out).toBe("<p>hi</p>");
  });

  test("drops images, so no onerror and no remote loads", () => {
    const out = sanitizeUserHtml('<p>a<img src="https://tracker.example/p.gif" onerror="alert(1)">b</p>');
    expect(out).toBe("<p>ab</p>");
    expect(out).not.toContain("img");
  });

  test("drops iframes, objects, embeds, forms and style blocks", () => {
    const out = sanitizeUserHtml(
      '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">' +
        '<form action="/steal"><input name="p"></form><style>body{display:none}</style><p>ok</p>',
    );
    expect(out).toBe("<p>ok</p>");
  });

  test("drops style and class attributes", () => {
    expect(sanitizeUserHtml('<p style="position:fixed" class="x" id="y">hi</p>')).toBe("<p>hi</p>");
  });

  test("removes javascript:, data: and vbscript: hrefs but keeps the link text", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x"]) {
      const out = sanitizeUserHtml(`<a href="${href}">click</a>`);
      expect(out).toBe('<a rel="nofollow ugc">click</a>');
    }
  });

  test("keeps http, https and mailto links, always with rel=nofollow ugc", () => {
    expect(sanitizeUserHtml('<a href="https://ao3.org/works/1" rel="me" target="_blank">x</a>')).toBe(
      '<a href="https://ao3.org/works/1" rel="nofollow ugc">x</a>',
    );
    expect(sanitizeUserHtml('<a href="http://example.com">x</a>')).toContain('href="http://example.com"');
    expect(sanitizeUserHtml('<a href="mailto:me@example.com">x</a>')).toContain('href="mailto:me@example.com"');
  });

  test("keeps footnote anchors", () => {
    expect(sanitizeUserHtml('<a href="#note1">1</a>')).toBe('<a href="#note1" rel="nofollow ugc">1</a>');
  });

  test("escapes text so it shows exactly as typed", () => {
    expect(sanitizeUserHtml("4 &gt; 3 and 2 &lt; 5 &amp; more")).toBe("4 &gt; 3 and 2 &lt; 5 &amp; more");
  });

  test("drops h1 (the page title is the work's) but keeps its text", () => {
    expect(sanitizeUserHtml("<h1>Big</h1>")).toBe("Big");
  });
});
