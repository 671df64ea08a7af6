import { expect, test } from "vitest";
import { hasMalformedEncoding } from "@/lib/http/malformed-path";

test("broken percent-encodings are malformed; encoded names are not", () => {
  for (const path of ["/tags/%E0%A4%A/works", "/users/%", "/tags/%zz/works", "/tags/%ED%A0%80/works", "/tags/%C0%AF/works"]) {
    expect(hasMalformedEncoding(path), path).toBe(true);
  }
  for (const path of ["/tags/Buffy%20Summers%2FSpike/works", "/users/%E0%A4%85", "/works/1", "/tags/%25/works"]) {
    expect(hasMalformedEncoding(path), path).toBe(false);
  }
});
