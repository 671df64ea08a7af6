// Loads Folio's demo content — two real fan works — through the same plain-text importer that
// writers use, into an empty archive only. Run by `npm start`; safe to run again.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { importPlainText } from "@/lib/text/plain-text-import";
import { importedWorkFormValues } from "@/lib/works/imported-work-form-values";
import { hashPassword } from "@/lib/auth/password";
import { postWork } from "@/lib/works/post-work";
import { postWorkSchema } from "@/lib/works/schema";
import { DEMO_WORKS } from "./seed/demo-works";

async function demoCreator(username: string) {
  const existing = await db.user.findUnique({ where: { usernameKey: username.toLowerCase() }, select: { id: true } });
  if (existing) return existing.id;
  // Demo creators cannot log in: their password is random and never shown.
  const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
  const user = await db.user.create({
    data: { username, email: `${username.toLowerCase()}@demo.folio.invalid`, passwordHash },
    select: { id: true },
  });
  return user.id;
}

async function main() {
  if ((await db.work.count()) > 0) return;
  for (const demo of DEMO_WORKS) {
    const imported = importPlainText(readFileSync(path.join(__dirname, "seed", demo.file), "utf8"));
    const input = postWorkSchema.parse({
      ...importedWorkFormValues(imported),
      ...demo.tags,
      publishedAt: demo.publishedAt,
      expectedChapters: String(imported.chapters.length),
    });
    const creatorId = await demoCreator(imported.creatorName ?? demo.fallbackCreator);
    const result = await postWork(creatorId, input, { draft: false });
    if (!result.ok) throw new Error(`Demo work "${imported.title}" was refused: ${result.code}`);
    console.log(`Demo work posted: ${imported.title}`);
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
