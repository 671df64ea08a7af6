import { describe, expect, test } from "vitest";
import { importHtml } from "./html-import";

// Shaped like AO3's download (otwarchive app/views/downloads/*.html.erb).
const ao3Download = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Stand by Me - bob</title><style>body{}</style></head><body>
<div id="preface"><h2 class="toc-heading">Preface</h2>
<p class="message"><b>Stand by Me</b><br/>Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/1">https://archiveofourown.org/works/1</a>.</p>
<div class="meta"><dl class="tags"><dt>Rating:</dt><dd><a href="https://archiveofourown.org/tags/Teen">Teen And Up Audiences</a></dd><dt>Stats:</dt><dd>Published: 2020-01-01 Words: 10 Chapters: 2/2</dd></dl>
<h1>Stand by Me</h1>
<div class="byline">by <a rel="author" href="https://archiveofourown.org/users/bob">bob</a></div>
<p>Summary</p><blockquote class="userstuff"><p>Two friends &amp; a <em>storm</em>.</p></blockquote>
<p>Notes</p><blockquote class="userstuff"><p>For my beta.</p></blockquote>
<div class="endnote-link">See the end of the work for <a href="#endnotes">more notes</a></div>
</div></div>
<div id="chapters" class="userstuff">
<div class="meta group"><h2 class="heading">Chapter 1: Rain</h2>
<p>Chapter Notes</p><blockquote class="userstuff"><p>Rainy one.</p></blockquote>
<div class="endnote-link">See the end of the chapter for  <a href="#endnotes1">more notes</a></div></div>
<div class="userstuff"><p>It rained. 4 &gt; 3.</p><p>line one<br/>line two</p><hr /><p onclick="x()">After the <img src="https://t.example/p.gif">break.</p><script>alert(1)</script></div>
<div class="meta" id="endnotes1"><p>Chapter End Notes</p><blockquote class="userstuff"><p>Thanks!</p></blockquote></div>
<div class="meta group"><h2 class="heading">Chapter 2: Sun</h2></div>
<div class="userstuff"><h3>Morning</h3><p>The sun came out.</p><blockquote><p>A letter.</p></blockquote></div>
</div>
<div id="afterword"><h2 class="toc-heading">Afterword</h2><div class="meta"><div id="endnotes"><p>End Notes</p><blockquote class="userstuff"><p>Bye.</p></blockquote></div></div>
<p class="message">Please <a href="https://archiveofourown.org/works/1/comments/new">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p></div>
</body></html>`;

describe("importHtml", () => {
  const work = importHtml(ao3Download);

  test("reads the title from <h1> and the creator from the byline", () => {
    expect(work.title).toBe("Stand by Me");
    expect(work.creatorName).toBe("bob");
  });

  test("reads the summary and notes out of their blockquotes, keeping formatting", () => {
    expect(work.summary).toBe("<p>Two friends &amp; a <em>storm</em>.</p>");
    expect(work.notesBegin).toBe("<p>For my beta.</p>");
    expect(work.notesEnd).toBe("<p>Bye.</p>");
  });

  test("starts a chapter at each <h2> chapter heading, with its notes", () => {
    expect(work.chapters.map((chapter) => chapter.title)).toEqual(["Rain", "Sun"]);
    expect(work.chapters[0]?.notesBegin).toBe("<p>Rainy one.</p>");
    expect(work.chapters[0]?.notesEnd).toBe("<p>Thanks!</p>");
    expect(work.chapters[1]?.notesEnd).toBe("");
  });

  test("keeps the chapter text's paragraphs, breaks and scene breaks, sanitised", () => {
    expect(work.chapters[0]?.bodyHtml).toBe("<p>It rained. 4 &gt; 3.</p><p>line one<br />\nline two</p><hr /><p>After the break.</p>");
    expect(work.chapters[1]?.bodyHtml).toBe("<h3>Morning</h3><p>The sun came out.</p><blockquote><p>A letter.</p></blockquote>");
  });

  test("leaves out AO3's wrapper: tags, preface message, note links and the closing plea", () => {
    const all = JSON.stringify(work);
    for (const text of ["Teen And Up", "Posted originally", "See the end", "Preface", "Afterword", "drop by the Archive", "alert", "img"]) {
      expect(all).not.toContain(text);
    }
  });

  test("an HTML fragment with no structure is one untitled chapter", () => {
    const fragment = importHtml("<p>Hello <em>world</em>.</p><p>Second<br>line.</p><p>The End</p>");
    expect(fragment.title).toBe("Untitled");
    expect(fragment.chapters).toHaveLength(1);
    expect(fragment.chapters[0]?.bodyHtml).toBe("<p>Hello <em>world</em>.</p><p>Second<br />\nline.</p>");
  });

  test("plain-text conventions still apply inside HTML paragraphs", () => {
    const page = importHtml("<h1>Moonlight</h1><p>by Selene</p><p>A/N: for &lt;you&gt;</p><p>Chapter 1</p><p>The moon rose.</p>");
    expect(page.title).toBe("Moonlight");
    expect(page.creatorName).toBe("Selene");
    expect(page.notesBegin).toBe("<p>for &lt;you&gt;</p>");
    expect(page.chapters[0]?.bodyHtml).toBe("<p>The moon rose.</p>");
  });
});
