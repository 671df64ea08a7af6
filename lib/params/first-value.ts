// A query parameter as Next hands it over (absent, once, or repeated) reduced to its first value.
export function firstValue(raw: unknown): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" ? value.trim() : undefined;
}
