import "server-only";
import { after } from "next/server";

// How a mutation hands over work the reader need not wait for (sending mail). Server Actions pass
// `afterResponse`: the task runs once the response has gone, so a "Forgot password?" answer takes
// as long whether or not a mail went out, and a slow SMTP server never holds up a form. Tests use
// `runNow` and see the mail at once.
export type Defer = (task: () => Promise<void>) => void | Promise<void>;

export const runNow: Defer = (task) => task();

export const afterResponse: Defer = (task) => {
  after(async () => {
    try {
      await task();
    } catch (error) {
      // The message only: a mail's text (a reset link) is never logged.
      console.error("Sending mail failed:", error instanceof Error ? error.message : String(error));
    }
  });
};
