import { describe, expect, test } from "vitest";
import { isAdultWork, saysYes, withAdultConsent } from "./adult-content";

const rated = (name: string) => [{ tag: { name, type: "RATING" } }, { tag: { name: "Mature", type: "FREEFORM" } }];

describe("the adult content check", () => {
  test("asks for Mature and Explicit works only, by their rating tag", () => {
    expect(isAdultWork(rated("Mature"))).toBe(true);
    expect(isAdultWork(rated("Explicit"))).toBe(true);
    for (const rating of ["General Audiences", "Teen And Up Audiences", "Not Rated"]) expect(isAdultWork(rated(rating))).toBe(false);
    expect(isAdultWork([{ tag: { name: "Explicit", type: "FREEFORM" } }])).toBe(false);
  });

  test("Yes, Continue adds view_adult=true to the address it leads to", () => {
    expect(withAdultConsent("/works/7")).toBe("/works/7?view_adult=true");
    expect(withAdultConsent("/works/7?view=full")).toBe("/works/7?view=full&view_adult=true");
    expect(saysYes("true")).toBe(true);
    expect(saysYes(["1", "true"])).toBe(true);
    for (const value of [undefined, "", "yes", "TRUE", ["false"]]) expect(saysYes(value)).toBe(false);
  });
});
