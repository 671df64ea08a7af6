import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { isDefinedAction } from "./define-action";

const APP = path.resolve(__dirname, "../../app");

function actionModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionModules(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

// Every Server Action module's every export comes from defineAction, so none skips the
// authentication, parsing and error mapping it does. (A database is needed only because the
// modules open the shared client when imported.)
test("every exported Server Action is built by defineAction", async () => {
  const modules = actionModules(APP);
  expect(modules.length).toBeGreaterThanOrEqual(12);
  const strays: string[] = [];
  for (const file of modules) {
    const exported: Record<string, unknown> = await import(file);
    for (const [name, value] of Object.entries(exported)) {
      if (!isDefinedAction(value)) strays.push(`${path.relative(APP, file)}: ${name}`);
    }
  }
  expect(strays).toEqual([]);
});
