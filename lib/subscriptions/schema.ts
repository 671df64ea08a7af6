import { z } from "zod";

export const subscriptionIntentSchema = z.object({ intent: z.enum(["subscribe", "unsubscribe"]) });
