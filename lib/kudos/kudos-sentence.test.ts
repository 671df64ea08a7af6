import { describe, expect, test } from "vitest";
import { kudosSentence, sentenceText } from "@/lib/kudos/kudos-sentence";

const sentence = (summary: Parameters<typeof kudosSentence>[0]) => sentenceText(kudosSentence(summary));

describe("kudosSentence", () => {
  test("names and guests, as AO3 words it", () => {
    expect(sentence({ names: ["alice", "bob"], moreUsers: 0, guests: 1 })).toBe("alice and bob as well as 1 guest left kudos on this work!");
  });
  test("each name is its own part, for linking", () => {
    expect(kudosSentence({ names: ["alice"], moreUsers: 0, guests: 0 })[0]).toEqual({ text: "alice", username: "alice" });
  });
  test("several names are joined with commas and a final and", () => {
    expect(sentence({ names: ["a", "b", "c"], moreUsers: 0, guests: 0 })).toBe("a, b and c left kudos on this work!");
  });
  test("guests only, and the cap on names", () => {
    expect(sentence({ names: [], moreUsers: 0, guests: 2 })).toBe("2 guests left kudos on this work!");
    expect(sentence({ names: ["a"], moreUsers: 3, guests: 0 })).toBe("a and 3 more users left kudos on this work!");
  });
  test("no kudos, no sentence", () => {
    expect(sentence({ names: [], moreUsers: 0, guests: 0 })).toBe("");
  });
});
