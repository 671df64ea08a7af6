import { expect, test } from "vitest";
import { publicOrigin } from "./public-origin";
import { mailFrom } from "./smtp";

test("links in mail use NEXTAUTH_URL's origin, else localhost on PORT", () => {
  expect(publicOrigin({ NEXTAUTH_URL: "https://archive.example.org/some/path" })).toBe("https://archive.example.org");
  expect(publicOrigin({ PORT: "4100" })).toBe("http://localhost:4100");
  expect(publicOrigin({})).toBe("http://localhost:3000");
});

test("mail comes from MAIL_FROM, else no-reply at the public host", () => {
  expect(mailFrom({ MAIL_FROM: "Archive <mail@example.org>" })).toBe("Archive <mail@example.org>");
  expect(mailFrom({ NEXTAUTH_URL: "https://archive.example.org" })).toBe("Folio <no-reply@archive.example.org>");
});
