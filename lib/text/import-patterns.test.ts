import { describe, expect, test } from "vitest";
import { chapterHeadingTitle, isEndLine, matchLabel, parseByline, titleCaseIfSentenceCase } from "./import-patterns";

describe("chapterHeadingTitle", () => {
  test("recognises numbered headings with and without titles", () => {
    expect(chapterHeadingTitle("Chapter 1")).toBe("");
    expect(chapterHeadingTitle("Chapter 2: The Storm")).toBe("The Storm");
    expect(chapterHeadingTitle("CHAPTER TWELVE - Home")).toBe("Home");
    expect(chapterHeadingTitle("~*~ Chapter IV ~*~")).toBe("");
    expect(chapterHeadingTitle("Part 3. Ashes")).toBe("Ashes");
    expect(chapterHeadingTitle("Epilogue")).toBe("Epilogue");
  });

  test("does not take story sentences for headings", () => {
    expect(chapterHeadingTitle("Chapter Notes: hi")).toBeNull();
    expect(chapterHeadingTitle("Part of me wanted to stay.")).toBeNull();
    expect(chapterHeadingTitle("Chapter 1 was the best one")).toBeNull();
  });
});

describe("matchLabel", () => {
  test("drops a notes label but keeps a disclaimer's", () => {
    expect(matchLabel("Chapter Notes: Thanks")).toEqual({ kind: "notesBegin", scope: "chapter", rest: "Thanks" });
    expect(matchLabel("A/N: hi")).toEqual({ kind: "notesBegin", scope: "any", rest: "hi" });
    expect(matchLabel("Disclaimer: not mine")).toEqual({ kind: "notesBegin", scope: "any", rest: "Disclaimer: not mine" });
    expect(matchLabel("End Notes")).toEqual({ kind: "notesEnd", scope: "work", rest: "" });
    expect(matchLabel("Notes were passed in class.")).toBeNull();
  });
});

test("isEndLine accepts the usual closing lines only", () => {
  for (const line of ["The End", "THE END", "~The End~", "The End.", "Fin"]) expect(isEndLine(line)).toBe(true);
  for (const line of ["The end of the world", "Endless"]) expect(isEndLine(line)).toBe(false);
});

test("parseByline splits at the last 'by'", () => {
  expect(parseByline("Stand by Me by Jo")).toEqual({ title: "Stand by Me", creator: "Jo" });
  expect(parseByline("He walked by the river.")).toBeNull();
});

test("titleCaseIfSentenceCase only changes sentence-case titles", () => {
  expect(titleCaseIfSentenceCase("She isn’t real")).toBe("She Isn’t Real");
  expect(titleCaseIfSentenceCase("A tale of the city")).toBe("A Tale of the City");
  expect(titleCaseIfSentenceCase("Dreams and Realizations")).toBe("Dreams and Realizations");
  expect(titleCaseIfSentenceCase("the boy who lived")).toBe("the boy who lived");
  expect(titleCaseIfSentenceCase("Falling for iPods")).toBe("Falling for iPods");
  expect(titleCaseIfSentenceCase("Hope")).toBe("Hope");
});
