// The people of the load run. Guests browse, filter and read; writers (logged in through the real
// log-in form) post works and chapters, leave kudos, comments and bookmarks — each write through the
// same no-JavaScript form post a browser makes, and written in the ledger only when the server
// acknowledged it.
import { randomBytes } from "node:crypto";
import { findActionForm, withValues } from "./html-form";
import type { HttpClient } from "./http-client";
import type { Ledger } from "./ledger";

export type Archive = { workIds: number[]; tagNames: string[]; fandom: string };
export type Writer = { id: number; username: string; password: string; cookie?: string; ownWorks: number[]; bookmarked: Set<number>; kudosed: Set<number> };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const token = () => randomBytes(6).toString("hex");

// Zipf-like: a few tags on most works, a long tail on few.
const TROPES = ["Fluff", "Angst", "Hurt/Comfort", "Slow Burn", "Alternate Universe", "Found Family", "Enemies to Lovers", "Humor"];
const zipfPick = (items: readonly string[]) => items[Math.min(items.length - 1, Math.floor(items.length * Math.random() ** 3))]!;

function prose(words: number) {
  const vocabulary = ["the", "song", "night", "river", "she", "he", "they", "remembered", "light", "quiet", "across", "hands", "morning", "kept"];
  return Array.from({ length: words }, () => pick(vocabulary)).join(" ");
}

export function guestPaths(archive: Archive): string[] {
  const workId = pick(archive.workIds);
  const tag = encodeURIComponent(pick(archive.tagNames));
  return [
    "/",
    "/works",
    `/works?sort=${pick(["kudos", "hits", "words", "title", "posted"])}`,
    `/works?include=${encodeURIComponent(archive.fandom)}&exclude=${encodeURIComponent(pick(TROPES))}`,
    `/works?rating=${encodeURIComponent("General Audiences")}&complete=true`,
    `/works?q=${pick(["river", "night", "song"])}`,
    `/works?page=2`,
    `/works/${workId}`,
    `/works/${workId}`,
    `/works/${workId}?view=full`,
    `/tags/${tag}/works`,
  ];
}

export async function browseOnce(http: HttpClient, archive: Archive, cookie?: string) {
  await http.request(pick(guestPaths(archive)), { cookie });
}

export async function logIn(http: HttpClient, writer: Writer): Promise<boolean> {
  const csrf = await http.request("/api/auth/csrf");
  if (csrf.status !== 200) return false;
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  // next-auth checks the token against its own cookie, which the csrf answer set.
  const csrfCookie = csrf.setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await http.request("/api/auth/callback/credentials", {
    cookie: csrfCookie,
    urlencoded: [["csrfToken", csrfToken], ["login", writer.username], ["password", writer.password], ["json", "true"]],
  });
  const session = answer.setCookies.find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) return false;
  writer.cookie = session.split(";")[0];
  return true;
}

async function postWork(http: HttpClient, ledger: Ledger, archive: Archive, writer: Writer) {
  const page = await http.request("/works/new", { cookie: writer.cookie });
  const form = page.status === 200 && findActionForm(page.text, "Post");
  if (!form) return;
  const title = `Load ${token()}`;
  const answer = await http.request("/works/new", {
    cookie: writer.cookie,
    form: withValues(form, {
      title,
      rating: "General Audiences",
      warnings: "No Archive Warnings Apply",
      categories: pick(["Gen", "F/M", "M/M", "F/F"]),
      fandoms: archive.fandom,
      relationships: pick(["Ama/Bo", "Ama & Cy", "Bo/Cy", "Dee/Ama"]),
      characters: "Ama, Bo",
      freeforms: [zipfPick(TROPES), zipfPick(TROPES)].join(", "),
      body: prose(200 + Math.floor(Math.random() * 800)),
    }),
  });
  ledger.noteAnswer("work", answer.status);
  const workId = answer.status === 303 && answer.location ? Number(/\/works\/(\d+)/.exec(answer.location)?.[1]) : NaN;
  if (!Number.isInteger(workId)) return;
  ledger.works.push({ title, workId });
  writer.ownWorks.push(workId);
  archive.workIds.push(workId);
}

async function addChapter(http: HttpClient, ledger: Ledger, writer: Writer) {
  if (writer.ownWorks.length === 0) return;
  const workId = pick(writer.ownWorks);
  const path = `/works/${workId}/chapters/new`;
  const page = await http.request(path, { cookie: writer.cookie });
  const form = page.status === 200 && findActionForm(page.text, "Post");
  if (!form) return;
  const title = `Chapter ${token()}`;
  const answer = await http.request(path, {
    cookie: writer.cookie,
    form: withValues(form, { chapterTitle: title, title, body: prose(300 + Math.floor(Math.random() * 700)) }),
  });
  ledger.noteAnswer("chapter", answer.status);
  if (answer.status === 303 && answer.location?.includes(`/works/${workId}/chapters/`)) ledger.chapters.push({ title, workId });
}

function someoneElsesWork(archive: Archive, writer: Writer, skip: Set<number>) {
  const candidates = archive.workIds.filter((id) => !writer.ownWorks.includes(id) && !skip.has(id));
  return candidates.length > 0 ? pick(candidates) : null;
}

async function leaveKudos(http: HttpClient, ledger: Ledger, archive: Archive, writer: Writer, twice: boolean) {
  const workId = someoneElsesWork(archive, writer, writer.kudosed);
  if (workId === null) return;
  const path = `/works/${workId}`;
  const page = await http.request(path, { cookie: writer.cookie });
  const form = page.status === 200 && findActionForm(page.text, "Kudos");
  if (!form) return;
  // Twice at once, as a double click: one kudos, never two.
  const answers = await Promise.all(Array.from({ length: twice ? 2 : 1 }, () => http.request(path, { cookie: writer.cookie, form })));
  for (const answer of answers) ledger.noteAnswer("kudos", answer.status);
  const accepted = answers.filter((answer) => answer.status === 200 && answer.text.includes("Thank you for leaving kudos!")).length;
  if (accepted > 1) ledger.doubleKudosBothAccepted += 1;
  if (accepted > 0) {
    writer.kudosed.add(workId);
    ledger.kudos.push({ userId: writer.id, workId });
  }
}

async function comment(http: HttpClient, ledger: Ledger, archive: Archive, writer: Writer) {
  const workId = pick(archive.workIds);
  const path = `/works/${workId}`;
  const page = await http.request(path, { cookie: writer.cookie });
  const form = page.status === 200 && findActionForm(page.text, "Comment");
  if (!form) return;
  const mark = `load-${token()}`;
  const answer = await http.request(path, { cookie: writer.cookie, form: withValues(form, { body: `Loved this part. ${mark}` }) });
  ledger.noteAnswer("comment", answer.status);
  if (answer.status === 200 && answer.text.includes("Comment posted.")) ledger.comments.push({ token: mark, workId });
}

async function bookmark(http: HttpClient, ledger: Ledger, archive: Archive, writer: Writer) {
  const workId = someoneElsesWork(archive, writer, writer.bookmarked);
  if (workId === null) return;
  const path = `/works/${workId}`;
  const page = await http.request(path, { cookie: writer.cookie });
  const form = page.status === 200 && findActionForm(page.text, "Save bookmark");
  if (!form) return;
  const mark = `load-${token()}`;
  const answer = await http.request(path, {
    cookie: writer.cookie,
    form: withValues(form, { notes: `To reread. ${mark}`, tags: zipfPick(TROPES) }),
  });
  ledger.noteAnswer("bookmark", answer.status);
  if (answer.status === 303) {
    writer.bookmarked.add(workId);
    ledger.bookmarks.push({ userId: writer.id, workId, token: mark });
  }
}

export async function writeOnce(http: HttpClient, ledger: Ledger, archive: Archive, writer: Writer) {
  if (!writer.cookie && !(await logIn(http, writer))) {
    ledger.noteAnswer("log-in", 0);
    return;
  }
  const roll = Math.random();
  if (roll < 0.15) await postWork(http, ledger, archive, writer);
  else if (roll < 0.3) await addChapter(http, ledger, writer);
  else if (roll < 0.5) await leaveKudos(http, ledger, archive, writer, Math.random() < 0.25);
  else if (roll < 0.65) await comment(http, ledger, archive, writer);
  else if (roll < 0.75) await bookmark(http, ledger, archive, writer);
  else await browseOnce(http, archive, writer.cookie);
}
