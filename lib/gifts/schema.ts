import { z } from "zod";
import { GIFT_RECIPIENTS_MAX } from "@/lib/gifts/limits";

// "Gift this work to": comma-separated usernames, trimmed, duplicates (case-insensitively) dropped.
export const giftsField = z
  .string()
  .default("")
  .transform((text) => {
    const seen = new Set<string>();
    return text
      .split(",")
      .map((name) => name.trim())
      .filter((name) => {
        const key = name.toLowerCase();
        if (!name || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  })
  .refine((names) => names.length <= GIFT_RECIPIENTS_MAX, `A work can be a gift to at most ${GIFT_RECIPIENTS_MAX} people.`);
