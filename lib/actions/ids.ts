import { z } from "zod";

// PostgreSQL's integer: anything beyond it is no row of ours, not a database error.
export const MAX_ID = 2_147_483_647;

// A row id as it arrives from a form field or a bound argument: a whole number from 1 to MAX_ID.
export const idSchema = z.coerce.number().int().min(1).max(MAX_ID);
