import fc from "fast-check";
import pg from "pg";
import { hostileNumber, hostileText, hostileValue } from "../lib/params/hostile-values";
import { createUser, createWork, type CreatedWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { readActionForm, submit } from "./support/action-forms";
import { expect, newContext, test, type Browser, type Page } from "./support/test";

// Every Server Action a reader can reach, posted the way a browser without JavaScript posts it
// (React renders each action's id, bound arguments and previous state as hidden JSON fields), but
// with random and hostile bound arguments and field values: ids of other people's works, ids
// beyond PostgreSQL's int, strings, control characters. The answer is never a 5xx, and the other
// writer's work is exactly as it was.

test.use({ storageState: storageStateOf("reader") });

// An id drawn to hurt: someone else's row, beyond int4, negative, fractional, not a number at all.
function hostileId(victim: CreatedWork) {
  return fc.oneof(
    fc.constantFrom<unknown>(victim.id, victim.chapterIds[0], 3_000_000_000, 2_147_483_648, -1, 0, 1.5, null, true, [], {}, "abc", ""),
    fc.integer(),
    hostileNumber,
    hostileText,
  );
}

let victim: CreatedWork;
let fingerprintBefore: string;

async function fingerprint(workId: number): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT w.title, w.summary, w.notes_begin, w.notes_end, w.posted, w.restricted, w.word_count,
              (SELECT json_agg(json_build_array(c.id, c.position, c.title, c.body, c.posted) ORDER BY c.position) FROM chapters c WHERE c.work_id = w.id) AS chapters,
              (SELECT json_agg(t.tag_id ORDER BY t.tag_id) FROM work_tags t WHERE t.work_id = w.id) AS tags
       FROM works w WHERE w.id = $1`,
      [workId],
    );
    return JSON.stringify(rows);
  } finally {
    await client.end();
  }
}

async function noScriptPage(browser: Browser): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled: false, storageState: storageStateOf("reader") });
  return context.newPage();
}

test.beforeAll(async () => {
  const writer = await createUser("victim");
  victim = await createWork(writer, { chapters: [{ title: "One" }, { title: "Two" }], commentPermission: "EVERYONE" });
  fingerprintBefore = await fingerprint(victim.id);
});

test.afterAll(async () => {
  expect(await fingerprint(victim.id)).toBe(fingerprintBefore);
});

test("actions on another writer's work: kudos, subscription, bookmark, comment", async ({ browser }) => {
  const page = await noScriptPage(browser);
  const forms = [
    await readActionForm(page, victim.url, "Kudos"),
    await readActionForm(page, victim.url, "Subscribe"),
    await readActionForm(page, victim.url, "Save bookmark"),
  ];
  const comment = await readActionForm(page, victim.url, "Comment");
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...forms), hostileId(victim), hostileValue, async (form, id, state) => {
      expect(await submit(page, form, [id, state])).toBeLessThan(500);
    }),
    { numRuns: 12 },
  );
  await fc.assert(
    fc.asyncProperty(hostileId(victim), hostileId(victim), hostileText, async (workId, chapterId, body) => {
      const status = await submit(page, comment, comment.bound, { workId: String(workId), chapterId: String(chapterId), body });
      expect(status).toBeLessThan(500);
    }),
    { numRuns: 8 },
  );
});

test("a writer's own forms aimed at someone else's work change nothing there", async ({ browser }) => {
  const page = await noScriptPage(browser);
  // The reader's own work gives the forms; their bound ids are then swapped for hostile ones.
  const own = await createWork(account("reader"), { chapters: [{ title: "Mine" }, { title: "Also mine" }] });
  const edit = await readActionForm(page, `${own.url}/edit`, "Update");
  const chapter = await readActionForm(page, `${own.url}/chapters/${own.chapterIds[1]}/edit`, "Post");
  const remove = await readActionForm(page, `${own.url}/delete`, "Yes, delete work");
  await fc.assert(
    fc.asyncProperty(hostileId(victim), hostileId(victim), hostileText, async (workId, chapterId, title) => {
      expect(await submit(page, edit, [workId, edit.bound.at(-1)], { title })).toBeLessThan(500);
      expect(await submit(page, chapter, [workId, chapterId, chapter.bound.at(-1)], { title })).toBeLessThan(500);
      expect(await submit(page, remove, [workId, remove.bound.at(-1)])).toBeLessThan(500);
    }),
    { numRuns: 8 },
  );
});
