import { z } from "zod";
import { checkbox } from "@/lib/forms/fields";

export const editTagSchema = z.object({
  canonical: checkbox,
  synonymOf: z.string().default("").transform((name) => name.trim()),
});

export type EditTagInput = z.infer<typeof editTagSchema>;
