import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { importPlainText } from "./plain-text-import";

const seed = (name: string) => readFileSync(new URL(`../../prisma/seed/${name}`, import.meta.url), "utf8");

function paragraphContaining(html: string, text: string): string | undefined {
  return html.split("</p>").find((paragraph) => paragraph.includes(text));
}

describe("importPlainText: she-isnt-real.txt", () => {
  const work = importPlainText(seed("she-isnt-real.txt"));
  const chapter = work.chapters[0];
  const body = chapter?.bodyHtml ?? "";

  test("the title is the story's title line, in title case with a straight apostrophe", () => {
    expect(work.title).toBe("She Isn't Real");
    expect(work.creatorName).toBeNull();
  });

  test("it is one chapter with no chapter title", () => {
    expect(work.chapters).toHaveLength(1);
    expect(chapter?.title).toBe("");
  });

  test("the opening notes, songs line and disclaimer become the work's notes", () => {
    expect(work.notesBegin).toContain("This is just a short one chapter story I've been working on for a little while. Hope you enjoy.<br />");
    expect(work.notesBegin).toContain("Songs are Vermillion pt 2 by Slipknot and Smile by James Marsters");
    expect(work.notesBegin).toContain("<p>Disclaimer: I do not own Buffy the vampire slayer, the characters or anything else. Just the plot.</p>");
    expect(body).not.toContain("This is just a short");
    expect(body).not.toContain("Disclaimer");
    expect(body).not.toContain("Songs are");
  });

  test("the 'Chapter 1', 'story' and title lines do not leak into the body", () => {
    expect(body.startsWith("<p>She had needed to get away for a while.")).toBe(true);
    expect(body).not.toContain("Chapter 1");
    expect(body).not.toMatch(/<p>story<\/p>/i);
    expect(body).not.toContain("She isn’t real</p>");
    expect(work.notesBegin).not.toContain("She isn");
  });

  test("lyric stanzas keep their line breaks inside one paragraph", () => {
    const stanza = paragraphContaining(body, "She seemed dressed in all of me,");
    expect(stanza).toContain("She seemed dressed in all of me,<br />\nstretched across my shame.<br />\nAll the torments and the pain,");
    expect(stanza).toContain("When she makes me sad.");
    expect(stanza).not.toContain("Spike eyed Buffy");
  });

  test("paragraphs are split at blank lines and trailing spaces are dropped", () => {
    expect(body).toContain("<p>Spike eyed Buffy carefully, taking in her tired appearance.</p>");
    expect(body).not.toMatch(/ <br \/>| <\/p>/);
  });

  test("THE END is dropped and the story ends with its last line", () => {
    expect(body).not.toMatch(/the end/i);
    expect(body.endsWith("they met in a kiss that would last forever.</p>")).toBe(true);
    expect(work.notesEnd).toBe("");
    expect(chapter?.notesEnd).toBe("");
  });
});

describe("importPlainText: dreams-and-realizations.txt", () => {
  const work = importPlainText(seed("dreams-and-realizations.txt"));
  const chapter = work.chapters[0];
  const body = chapter?.bodyHtml ?? "";

  test("the byline gives the title and the creator", () => {
    expect(work.title).toBe("Dreams and Realizations");
    expect(work.creatorName).toBe("Aseret");
  });

  test("'Table of Contents' appears nowhere", () => {
    expect(JSON.stringify(work)).not.toMatch(/table of contents/i);
  });

  test("the Chapter Notes line becomes the first chapter's beginning notes", () => {
    expect(work.chapters).toHaveLength(1);
    expect(chapter?.notesBegin).toBe("<p>This is NOT a Buffy/Tara, even though it sounds like :)</p>");
    expect(work.notesBegin).toBe("");
    expect(body).not.toContain("Chapter Notes");
  });

  test("the body starts with the first line of dialogue", () => {
    expect(body.startsWith("<p>“I love you, you’re all I bloody think about, dream about.")).toBe(true);
  });

  test("The End is dropped and the body ends with the last line of the story", () => {
    expect(body).not.toMatch(/the end/i);
    expect(body.endsWith("<p>“I’m gonna make him the happiest man in the world.”</p>")).toBe(true);
  });
});

describe("importPlainText: recognising structure", () => {
  test("a byline, a summary, numbered chapters with titles, chapter notes and end notes", () => {
    const work = importPlainText(
      [
        "The Long Road by Jo March",
        "",
        "Summary: Two sisters travel.",
        "",
        "Chapter 1",
        "",
        "It began in spring.",
        "Second line.",
        "",
        "Chapter 2: The Storm",
        "",
        "Chapter Notes: Thanks to my beta.",
        "",
        "“Run!” she cried.",
        "",
        "A/N: More soon!",
      ].join("\n"),
    );
    expect(work.title).toBe("The Long Road");
    expect(work.creatorName).toBe("Jo March");
    expect(work.summary).toBe("<p>Two sisters travel.</p>");
    expect(work.chapters.map((chapter) => chapter.title)).toEqual(["", "The Storm"]);
    expect(work.chapters[0]?.bodyHtml).toBe("<p>It began in spring.<br />\nSecond line.</p>");
    expect(work.chapters[1]?.notesBegin).toBe("<p>Thanks to my beta.</p>");
    expect(work.chapters[1]?.bodyHtml).toBe("<p>“Run!” she cried.</p>");
    expect(work.chapters[1]?.notesEnd).toBe("<p>More soon!</p>");
    expect(work.notesEnd).toBe("");
  });

  test("'Chapter N - Title' and a heading typed right above the text start chapters", () => {
    const work = importPlainText("Tales\n\nChapter One - Dawn\nThe sun rose.\n\nChapter 2\nThe sun set.");
    expect(work.chapters.map((chapter) => [chapter.title, chapter.bodyHtml])).toEqual([
      ["Dawn", "<p>The sun rose.</p>"],
      ["", "<p>The sun set.</p>"],
    ]);
  });

  test("a first title line, a 'by' line, opening notes, The End and notes after it", () => {
    const work = importPlainText(
      'Moonlight\r\n\r\nby Selene\r\n\r\nA/N: Written for the prompt "night".\r\n\r\nThe moon rose over the hill.\r\n\r\nThe End\r\n\r\nThanks for reading!\r\n',
    );
    expect(work.title).toBe("Moonlight");
    expect(work.creatorName).toBe("Selene");
    expect(work.notesBegin).toBe('<p>Written for the prompt "night".</p>');
    expect(work.chapters[0]?.bodyHtml).toBe("<p>The moon rose over the hill.</p>");
    expect(work.notesEnd).toBe("<p>Thanks for reading!</p>");
  });

  test("an author's note after a short story is an end note, not the story", () => {
    const work = importPlainText("It was late.\n\nShe slept.\n\nA/N: my first drabble");
    expect(work.title).toBe("Untitled");
    expect(work.chapters[0]?.bodyHtml).toBe("<p>It was late.</p>\n<p>She slept.</p>");
    expect(work.notesEnd).toBe("<p>my first drabble</p>");
    expect(work.notesBegin).toBe("");
  });

  test("a table of contents listing the chapters is dropped, the chapters stay", () => {
    const work = importPlainText("Table of Contents\nChapter 1: Alpha\nChapter 2: Beta\n\nChapter 1: Alpha\n\nText a.\n\nChapter 2: Beta\n\nText b.");
    expect(work.chapters.map((chapter) => chapter.title)).toEqual(["Alpha", "Beta"]);
    expect(work.chapters.map((chapter) => chapter.bodyHtml)).toEqual(["<p>Text a.</p>", "<p>Text b.</p>"]);
  });

  test("a prologue and an epilogue are chapters", () => {
    const work = importPlainText("Prologue\n\nBefore.\n\nChapter 1\n\nDuring.\n\nEpilogue\n\nAfter.");
    expect(work.chapters.map((chapter) => chapter.title)).toEqual(["Prologue", "", "Epilogue"]);
  });

  test("a story that opens with dialogue has no notes and no invented title", () => {
    const work = importPlainText("“Hi,” he said.\n\n“Hello.”");
    expect(work.title).toBe("Untitled");
    expect(work.notesBegin).toBe("");
    expect(work.chapters[0]?.bodyHtml).toBe("<p>“Hi,” he said.</p>\n<p>“Hello.”</p>");
  });

  test("text is escaped, never run", () => {
    const work = importPlainText("Maths\n\n4 > 3 and 2 < 5 <script>alert(1)</script>");
    expect(work.chapters[0]?.bodyHtml).toBe("<p>4 &gt; 3 and 2 &lt; 5 &lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  test("a title typed with deliberate casing is kept as typed", () => {
    expect(importPlainText("the boy who lived\n\nHe lived.").title).toBe("the boy who lived");
    expect(importPlainText("Broken wings\n\nShe fell.").title).toBe("Broken Wings");
  });
});
