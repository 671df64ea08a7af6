import { z } from "zod";

// A checkbox group arrives as nothing, one string, or several strings.
export const checkboxList = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string()),
);

// An unchecked checkbox sends nothing; a checked one sends "on" (or its value).
export const checkbox = z.preprocess((value) => value !== undefined && value !== "" && value !== "false", z.boolean());
