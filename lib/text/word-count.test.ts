import { describe, expect, test } from "vitest";
import { countWords } from "./word-count";

describe("countWords", () => {
  test("counts an English sentence", () => {
    expect(countWords("The quick brown fox jumps over the lazy dog.")).toBe(9);
  });

  test("apostrophes and hyphens inside a word keep it one word", () => {
    expect(countWords("Don’t stop, it's a well-known one's-own thing")).toBe(7);
  });

  test("punctuation alone is not a word", () => {
    expect(countWords("... !!! — ? -- ***")).toBe(0);
    expect(countWords("")).toBe(0);
  });

  test("numbers count as words", () => {
    expect(countWords("It was 1999, not 2000.")).toBe(5);
  });

  test("HTML tags and attributes are not counted", () => {
    expect(countWords('<p class="x">Hello <em>there</em></p><p><a href="https://a.example/long/path">friend</a></p>')).toBe(3);
  });

  test("block tags separate words but inline tags do not", () => {
    expect(countWords("<p>one</p><p>two</p>line<br />three")).toBe(4);
    expect(countWords("un<em>believ</em>able")).toBe(1);
  });

  test("entities are decoded before counting", () => {
    expect(countWords("4 &gt; 3 &amp; Tom&#39;s&nbsp;cat")).toBe(4);
  });

  test("each CJK character counts as one word", () => {
    expect(countWords("我爱你 hello")).toBe(4);
    expect(countWords("ひらがなカタカナ")).toBe(8);
    expect(countWords("안녕하세요")).toBe(5);
    expect(countWords("<p>东京tokyo</p>")).toBe(3);
  });

  test("accented and non-Latin alphabetic words count once", () => {
    expect(countWords("Je t’adore, café Привет мир")).toBe(5);
  });
});
