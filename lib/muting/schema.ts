import { z } from "zod";

// The form says which state it wants, so a double click or a stale page asks twice for the same.
export const muteIntentSchema = z.object({ intent: z.enum(["mute", "unmute"]) });
export const blockIntentSchema = z.object({ intent: z.enum(["block", "unblock"]) });
