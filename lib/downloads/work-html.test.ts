import { describe, expect, test } from "vitest";
import { oneShot, twoChapterWork } from "./test-works";
import { renderWorkHtml } from "./work-html";

function expectInOrder(html: string, parts: string[]) {
  const positions = parts.map((part) => {
    const at = html.indexOf(part);
    expect(at, `missing: ${part}`).toBeGreaterThanOrEqual(0);
    return at;
  });
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe("renderWorkHtml", () => {
  test("is a standalone UTF-8 document with its own styles and nothing fetched", () => {
    const html = renderWorkHtml(twoChapterWork());
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta charset="utf-8" />');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<link|<script|<img|@import|url\(/);
  });

  test("escapes the title, creator and tag names so they read exactly as written", () => {
    const html = renderWorkHtml(twoChapterWork());
    expect(html).toContain("<title>4 &gt; 3 and 2 &lt; 5</title>");
    expect(html).toContain("<h1>4 &gt; 3 and 2 &lt; 5</h1>");
    expect(html).toContain("by Quill &amp; Ink");
    expect(html).toContain("<dd>Fluff, &lt;3</dd>");
    expect(html).not.toContain("4 > 3");
    expect(html).not.toContain("The <Start>");
  });

  test("the preface lists tags in display order, then language and stats", () => {
    const html = renderWorkHtml(twoChapterWork());
    expectInOrder(html, [
      "<dt>Rating:</dt>\n<dd>Teen And Up Audiences</dd>",
      "<dt>Archive Warning:</dt>\n<dd>No Archive Warnings Apply</dd>",
      "<dt>Fandom:</dt>\n<dd>Numbers &amp; Letters (Cartoon)</dd>",
      "<dt>Additional Tags:</dt>",
      "<dt>Language:</dt>\n<dd>English</dd>",
      "<dd>Published: 2024-03-01 Updated: 2024-04-15 Words: 12,345 Chapters: 2/?</dd>",
    ]);
    expect(html).not.toContain("Relationship:");
  });

  test("summary and notes come in reading order, the work's end notes last", () => {
    const html = renderWorkHtml(twoChapterWork());
    expectInOrder(html, [
      "Two friends count to <em>five</em>.",
      "Work notes: thanks to my beta.",
      "Chapter one notes.",
      "I walk a lonely road<br>The only one that I have known",
      "Chapter one end notes.",
      "Chapter two summary.",
      "The second chapter &amp; its ending.",
      "Chapter two end notes.",
      "Work end notes: the song is made up.",
    ]);
  });

  test("a work of several chapters heads each one, untitled chapters by number only", () => {
    const html = renderWorkHtml(twoChapterWork());
    expectInOrder(html, [
      '<h2 class="heading">Chapter 1: The &lt;Start&gt;</h2>',
      '<h2 class="heading">Chapter 2</h2>',
    ]);
  });

  test("a one-shot has no chapter heading, and empty notes get no label", () => {
    const html = renderWorkHtml(oneShot());
    expect(html).toContain("<h1>She Isn&#39;t Real</h1>");
    expect(html).toContain("Nobody saw her leave.");
    expect(html).not.toContain("Chapter 1");
    expect(html).not.toContain("Only chapter");
    expect(html).not.toContain("End Notes");
    expect(html).toContain("<dd>Published: 2023-10-31 Words: 900 Chapters: 1/1</dd>");
    expect(html).toContain("<dd>Français</dd>");
  });
});
