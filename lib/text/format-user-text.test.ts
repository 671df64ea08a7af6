import { describe, expect, test } from "vitest";
import { formatUserText } from "./format-user-text";

describe("formatUserText with plain text", () => {
  test("empty or whitespace-only input gives an empty string", () => {
    expect(formatUserText("")).toBe("");
    expect(formatUserText("  \n\t\r\n  ")).toBe("");
  });

  test("a blank line starts a new paragraph", () => {
    expect(formatUserText("First.\n\nSecond.")).toBe("<p>First.</p>\n<p>Second.</p>");
  });

  test("several blank or whitespace-only lines still make one paragraph break", () => {
    expect(formatUserText("First.\n   \n\t\n\nSecond.")).toBe("<p>First.</p>\n<p>Second.</p>");
  });

  test("a single newline is a line break, so lyrics keep their shape", () => {
    expect(formatUserText("She seemed dressed in all of me,\nstretched across my shame.")).toBe(
      "<p>She seemed dressed in all of me,<br />\nstretched across my shame.</p>",
    );
  });

  test("Windows and old Mac line endings are normalised", () => {
    expect(formatUserText("a\r\nb\r\n\r\nc\rd")).toBe("<p>a<br />\nb</p>\n<p>c<br />\nd</p>");
  });

  test("angle brackets and ampersands show exactly as typed", () => {
    expect(formatUserText("4 > 3 and 2 < 5 & so on")).toBe("<p>4 &gt; 3 and 2 &lt; 5 &amp; so on</p>");
    expect(formatUserText("I <3 you")).toBe("<p>I &lt;3 you</p>");
  });

  test("a tag outside the allow-list is shown as text, never run", () => {
    const out = formatUserText('<script>alert("x")</script>');
    expect(out).toBe('<p>&lt;script&gt;alert("x")&lt;/script&gt;</p>');
  });

  test("trailing spaces on lines are dropped", () => {
    expect(formatUserText("one   \ntwo \n\nthree  ")).toBe("<p>one<br />\ntwo</p>\n<p>three</p>");
  });
});

describe("formatUserText with HTML", () => {
  test("well-formed HTML is kept", () => {
    expect(formatUserText("<p>One <em>two</em></p><p>Three</p>")).toBe("<p>One <em>two</em></p><p>Three</p>");
  });

  test("HTML is sanitised", () => {
    const out = formatUserText('<p onclick="x()">Hi</p><img src="x" onerror="alert(1)"><script>bad()</script>');
    expect(out).toBe("<p>Hi</p>");
  });

  test("bare text between blocks becomes paragraphs with line breaks", () => {
    const out = formatUserText("<p>Intro</p>\n\nLine one\nline <em>two</em>\n\nNext para\n<blockquote>q</blockquote>");
    expect(out).toBe("<p>Intro</p><p>Line one<br />\nline <em>two</em></p>\n<p>Next para</p><blockquote>q</blockquote>");
  });

  test("inline-only HTML with blank lines is split into paragraphs", () => {
    expect(formatUserText("<em>Hello</em>\n\nWorld")).toBe("<p><em>Hello</em></p>\n<p>World</p>");
  });

  test("a blank line inside an inline tag does not break the nesting", () => {
    const out = formatUserText("<em>a\n\nb</em>");
    expect(out).toBe("<p><em>a<br />\n<br />\nb</em></p>");
  });

  test("a typed <br> followed by a newline is one break", () => {
    expect(formatUserText("<b>x</b><br>\ny")).toBe("<p><b>x</b><br />\ny</p>");
  });

  test("newlines inside a paragraph are left to the browser", () => {
    expect(formatUserText("<p>wrapped\nline</p>")).toBe("<p>wrapped\nline</p>");
  });
});
