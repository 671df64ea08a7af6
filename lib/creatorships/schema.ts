import { z } from "zod";
import { CREATORS_MAX } from "@/lib/creatorships/limits";

// "Co-Creators": usernames separated by commas, each named once whatever its case.
export const coCreatorsField = z
  .string()
  .default("")
  .transform((text) => {
    const names = text.split(",").map((name) => name.trim()).filter(Boolean);
    return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
  })
  .refine((names) => names.length < CREATORS_MAX, `A work can have at most ${CREATORS_MAX} creators, invitations included.`);
