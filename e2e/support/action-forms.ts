import type { Page } from "@playwright/test";

// Server Action forms posted the way a browser without JavaScript posts them (React renders each
// action's id, bound arguments and previous state as hidden JSON fields), with the bound
// arguments and fields a test chooses: how the specs aim a user's own form at someone else's row.

export type ActionForm = { path: string; fields: [string, string][]; boundKey: string; bound: unknown[] };

// React's reply format gives strings starting with "$" a meaning; a literal one is written "$$".
function encodeReplyValue(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeReplyValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeReplyValue(item)]));
  return value;
}

// Reads, as a browser without JavaScript sees it, the form around the named button.
export async function readActionForm(page: Page, path: string, button: string): Promise<ActionForm> {
  await page.goto(path);
  // Hidden buttons count too (the bookmark form waits in a closed disclosure); their names then
  // include aria-hidden decoration ("Kudos ♥"), hence a match on how the name starts.
  const name = new RegExp(`^${button}`);
  const form = page.getByRole("button", { name, includeHidden: true }).first().locator("xpath=ancestor::form[1]");
  const fields = await form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const boundKey = fields.find(([name]) => /^\$ACTION_\d+:1$/.test(name))?.[0];
  if (!boundKey) throw new Error(`The ${button} form on ${path} carries no bound arguments`);
  const bound = JSON.parse(fields.find(([name]) => name === boundKey)![1]) as unknown[];
  return { path, fields, boundKey, bound };
}

export async function submit(page: Page, form: ActionForm, bound: unknown[], overrides: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of form.fields) {
    if (name === form.boundKey) body.append(name, JSON.stringify(encodeReplyValue(bound)));
    else body.append(name, name in overrides ? overrides[name]! : value);
  }
  const response = await page.request.post(form.path, { multipart: body, headers: { origin: new URL(page.url()).origin } });
  return response.status();
}

