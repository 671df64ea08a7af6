import { firstValue } from "@/lib/params/first-value";

// A whole number from a URL within [min, max], or undefined. Only plain digits count: "1e3",
// "Infinity", "-1", "0x10" and "12abc" are all nonsense in a shared link and are ignored.
export function parseBoundedInt(raw: unknown, min: number, max: number): number | undefined {
  const text = firstValue(raw);
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}
