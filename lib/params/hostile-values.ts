import fc from "fast-check";

// Test support: values a hand-made or hostile link can carry in a query parameter or path
// segment. fast-check's "binary" unit would cover all of Unicode but takes seconds to build, so
// the characters that break things are named, and ordinary text fills the rest.
const breakingCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u007f", "%", "\\", "/", "?", "#", "&", "=", "+", ".", "..", "'", '"', "<", ">", "`", "*", ","),
  fc.constantFrom("\u202e", "\u200b", "\ufeff", "\ufffd", "\ud800", "\udfff", "😀", "日本", "Ωмé", "\u0301"),
);

export const hostileText = fc.string({ unit: fc.oneof(breakingCharacter, fc.string({ maxLength: 3 })), maxLength: 40 });

export const hostileNumber = fc.oneof(
  fc.constantFrom("Infinity", "-Infinity", "NaN", "1e999", "-1", "0", "1.5", "0x10", "1e3", "abc", "9".repeat(40), "-0", " 2 "),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
);

export const hostileDate = fc.oneof(
  fc.constantFrom("275760-09-13", "-271821-04-19", "0000-00-00", "2026-02-31", "9999-12-31", "1969-12-31", "Infinity", "now"),
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : date.toISOString())),
  fc.tuple(fc.integer({ min: -300000, max: 300000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 })).map(
    ([year, month, day]) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  ),
);

// Broken percent-encodings for path segments: truncated sequences, overlong forms, surrogates.
export const hostileEncoding = fc.oneof(
  fc.constantFrom("%E0%A4%A", "%", "%%", "%zz", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%FF", "%00", "%2e%2e", "%252F", "%E0%A4"),
  fc.string({ unit: fc.constantFrom("%", "A", "E", "0", "F", "2", "z", "/"), maxLength: 12 }),
);

export const hostileValue = fc.oneof(hostileText, hostileNumber, hostileDate, hostileEncoding, fc.constant("x".repeat(4000)));
