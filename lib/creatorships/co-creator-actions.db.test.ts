import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { getOwnChapter, getOwnWork } from "@/lib/works/get-own-work";
import { getReadableWork } from "@/lib/works/get-work";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";
/* eslint-disable no-restricted-imports -- the test calls the real Server Actions, as a form posts them */
import { acceptCoCreatorInvitation, rejectCoCreatorInvitation } from "../../app/(account)/inbox/actions";
import { removeChapter, saveChapter } from "../../app/(archive)/works/[id]/chapters/[chapterId]/edit/actions";
import { updateChapterPositions } from "../../app/(archive)/works/[id]/chapters/manage/actions";
import { addNewChapter } from "../../app/(archive)/works/[id]/chapters/new/actions";
import { confirmDeleteWork } from "../../app/(archive)/works/[id]/delete/actions";
import { editWork, leaveCoCreatedWork } from "../../app/(archive)/works/[id]/edit/actions";
/* eslint-enable no-restricted-imports */
import { acceptInvitation } from "@/lib/creatorships/answer-invitation";

// Who is signed in is faked (there is no request); everything else is real: the action factory,
// the mutation, its locking query and this file's PostgreSQL database.
let signedIn: Viewer | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  signedIn = null;
});
afterAll(async () => {
  await rateLimits().close();
});

function form(fields: Record<string, string | string[]> = {}) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) formData.append(key, item);
  return formData;
}

// What the person submitting sees: done (a redirect or a success), a 404, or the log-in message.
async function outcome(run: () => Promise<FormState>): Promise<string> {
  try {
    const state = await run();
    if (state.status === "success") return "done";
    return state.message?.startsWith("Please log in first") ? "login" : `refused: ${state.message} ${JSON.stringify(state.fieldErrors)}`;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return "done";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw error;
  }
}

const viewer = (user: { id: number; username: string }): Viewer => ({ id: user.id, username: user.username, role: "USER" });

// A work by `writer` with an accepted co-creator, a pending invitee and a stranger, two chapters.
async function cast() {
  const [writer, coCreator, invitee, stranger] = await Promise.all(["writer", "co", "invitee", "stranger"].map((prefix) => makeUser(prefix)));
  const work = await makeWork(writer!.id, { coCreators: `${coCreator!.username}, ${invitee!.username}`, chapterTitle: "One" });
  await acceptInvitation(coCreator!.id, work.id);
  const second = await db.chapter.create({ data: { workId: work.id, position: 2, title: "Two", body: "<p>More text here.</p>", posted: true } });
  const chapters = await db.chapter.findMany({ where: { workId: work.id }, orderBy: { position: "asc" }, select: { id: true } });
  return { writer: writer!, coCreator: coCreator!, invitee: invitee!, stranger: stranger!, workId: work.id, chapterIds: chapters.map((c) => c.id), secondId: second.id };
}

const metadataForm = (title: string) =>
  form({ rating: "General Audiences", warnings: "No Archive Warnings Apply", fandoms: "Test Fandom", title, intent: "update" });
const chapterForm = (title: string) => form({ chapterTitle: title, body: `The text of ${title}, long enough to keep.` });

type Cast = Awaited<ReturnType<typeof cast>>;
type Mutation = {
  name: string;
  run: (c: Cast) => Promise<FormState>;
  // The change the mutation makes, read back: unchanged after every refusal, changed after the co-creator.
  state: (c: Cast) => Promise<unknown>;
};

const mutations: Mutation[] = [
  {
    name: "edit the work",
    run: (c) => editWork(c.workId, initialFormState, metadataForm(`Edited ${c.workId}`)),
    state: async (c) => (await db.work.findUnique({ where: { id: c.workId }, select: { title: true } }))?.title,
  },
  {
    name: "delete the work",
    run: (c) => confirmDeleteWork(c.workId, initialFormState, form()),
    state: (c) => db.work.count({ where: { id: c.workId } }),
  },
  {
    name: "add a chapter",
    run: (c) => addNewChapter(c.workId, initialFormState, chapterForm("Three")),
    state: (c) => db.chapter.count({ where: { workId: c.workId } }),
  },
  {
    name: "edit a chapter",
    run: (c) => saveChapter(c.workId, c.secondId, initialFormState, chapterForm("Renamed")),
    state: async (c) => (await db.chapter.findUnique({ where: { id: c.secondId }, select: { title: true } }))?.title,
  },
  {
    name: "delete a chapter",
    run: (c) => removeChapter(c.workId, c.secondId, initialFormState, form()),
    state: (c) => db.chapter.count({ where: { workId: c.workId } }),
  },
  {
    name: "reorder chapters",
    run: (c) => updateChapterPositions(c.workId, initialFormState, form({ [`position-${c.chapterIds[0]}`]: "2", [`position-${c.chapterIds[1]}`]: "1" })),
    state: async (c) => (await db.chapter.findMany({ where: { workId: c.workId }, orderBy: { position: "asc" }, select: { id: true } })).map((row) => row.id),
  },
  {
    name: "leave the work",
    run: (c) => leaveCoCreatedWork(c.workId, initialFormState, form()),
    state: (c) => db.creatorship.count({ where: { workId: c.workId, status: "ACCEPTED" } }),
  },
];

describe("who may change a co-created work", () => {
  for (const mutation of mutations) {
    test(`a guest, a stranger and an invitee who hasn't accepted can't ${mutation.name}; an accepted co-creator can`, async () => {
      const c = await cast();
      const before = await mutation.state(c);
      signedIn = null;
      expect(await outcome(() => mutation.run(c))).toBe("login");
      for (const user of [c.stranger, c.invitee]) {
        signedIn = viewer(user);
        expect(await outcome(() => mutation.run(c))).toBe("404");
      }
      expect(await mutation.state(c)).toEqual(before);
      signedIn = viewer(c.coCreator);
      expect(await outcome(() => mutation.run(c))).toBe("done");
      expect(await mutation.state(c)).not.toEqual(before);
    });
  }
});

describe("who may answer an invitation", () => {
  test("only the invitee accepts or rejects it; a guest is asked to log in", async () => {
    const c = await cast();
    for (const action of [acceptCoCreatorInvitation, rejectCoCreatorInvitation]) {
      signedIn = null;
      expect(await outcome(() => action(c.workId, initialFormState, form()))).toBe("login");
      signedIn = viewer(c.stranger);
      expect(await outcome(() => action(c.workId, initialFormState, form()))).toBe("refused: This invitation is no longer open. {}");
    }
    // A creator has no invitation left to reject (leaving is "Remove me as co-creator").
    signedIn = viewer(c.writer);
    expect(await outcome(() => rejectCoCreatorInvitation(c.workId, initialFormState, form()))).toBe("refused: This invitation is no longer open. {}");
    expect(await db.creatorship.count({ where: { workId: c.workId, status: "ACCEPTED" } })).toBe(2);
    expect(await db.creatorship.findUnique({ where: { workId_userId: { workId: c.workId, userId: c.invitee.id } }, select: { status: true } })).toEqual({
      status: "INVITED",
    });
    signedIn = viewer(c.invitee);
    expect(await outcome(() => acceptCoCreatorInvitation(c.workId, initialFormState, form()))).toBe("done");
    expect(await db.creatorship.findUnique({ where: { workId_userId: { workId: c.workId, userId: c.invitee.id } }, select: { status: true } })).toEqual({
      status: "ACCEPTED",
    });
  });

  test("an unknown co-creator comes back beside the field, with the form as typed", async () => {
    const c = await cast();
    signedIn = viewer(c.writer);
    const ghost = unique("ghost");
    const fields = metadataForm("Kept title");
    fields.append("coCreators", ghost);
    const state = await editWork(c.workId, initialFormState, fields);
    expect(state.fieldErrors.coCreators).toEqual([`There is no user named ${ghost}.`]);
    expect(state.values.coCreators).toBe(ghost);
    expect(state.values.title).toBe("Kept title");
  });
});

describe("what a co-creator may read", () => {
  test("an accepted co-creator opens the edit pages and the drafts; an invitee and a stranger don't", async () => {
    const writer = await makeUser("writer");
    const [coCreator, invitee, stranger] = await Promise.all([makeUser("co"), makeUser("invitee"), makeUser("stranger")]);
    const draft = await makeWork(writer.id, { coCreators: `${coCreator.username}, ${invitee.username}` }, { draft: true });
    await acceptInvitation(coCreator.id, draft.id);
    const chapterId = (await db.chapter.findFirstOrThrow({ where: { workId: draft.id }, select: { id: true } })).id;
    expect(await getOwnWork(draft.id, coCreator.id)).not.toBeNull();
    expect(await getOwnChapter(draft.id, chapterId, coCreator.id)).not.toBeNull();
    expect((await getReadableWork(draft.id, viewer(coCreator)))?.isCreator).toBe(true);
    for (const user of [invitee, stranger]) {
      expect(await getOwnWork(draft.id, user.id)).toBeNull();
      expect(await getOwnChapter(draft.id, chapterId, user.id)).toBeNull();
      expect(await getReadableWork(draft.id, viewer(user))).toBeNull();
    }
  });
});
