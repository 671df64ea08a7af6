// Posting a 100,000-word chapter through Folio's own code: the form's input validated by its zod
// schemas (so AO3's 510,000-character limit applies: the text is made of short words), then
// postWork (a new work whose first chapter it is) and addChapter (the same text again as its
// second chapter), each timed. The work is deleted afterwards (deleteWork), so the archive is
// left as it was and the next run measures the same thing.
import { performance } from "node:perf_hooks";
import { SHORT_WORDS } from "../seed/vocabulary";

export const POSTED_WORDS = 100_000;
const REPEATS = 3;

function hundredThousandWords() {
  const paragraphs: string[] = [];
  for (let start = 0; start < POSTED_WORDS; start += 100) {
    const words = Array.from({ length: Math.min(100, POSTED_WORDS - start) }, (_, index) => SHORT_WORDS[(start + index * 7) % SHORT_WORDS.length]);
    paragraphs.push(`<p>${words.join(" ")}.</p>`);
  }
  return paragraphs.join("\n");
}

export type PostingResult = { postWorkMs: number[]; addChapterMs: number[]; characters: number; words: number };

export async function measurePosting(writerId: number, fandom: string): Promise<PostingResult> {
  const { postWork } = await import("@/lib/works/post-work");
  const { addChapter } = await import("@/lib/chapters/add-chapter");
  const { deleteWork } = await import("@/lib/works/delete-work");
  const { postWorkSchema } = await import("@/lib/works/schema");
  const { chapterSchema } = await import("@/lib/chapters/schema");
  const { countWords } = await import("@/lib/text/word-count");

  const body = hundredThousandWords();
  if (countWords(body) !== POSTED_WORDS) throw new Error(`The generated chapter has ${countWords(body)} words`);
  const result: PostingResult = { postWorkMs: [], addChapterMs: [], characters: body.length, words: POSTED_WORDS };
  for (let run = 0; run < REPEATS; run++) {
    const input = postWorkSchema.parse({
      title: `Bench: a hundred thousand words (${run + 1})`,
      rating: "General Audiences",
      warnings: ["No Archive Warnings Apply"],
      fandoms: fandom,
      freeforms: "Long Fic",
      body,
    });
    const started = performance.now();
    const posted = await postWork(writerId, input, { draft: false });
    result.postWorkMs.push(performance.now() - started);
    if (!posted.ok) throw new Error(`postWork refused the chapter: ${posted.code}`);
    try {
      const chapter = chapterSchema.parse({ body });
      const adding = performance.now();
      const added = await addChapter(writerId, posted.value.id, chapter, { draft: false });
      result.addChapterMs.push(performance.now() - adding);
      if (!added.ok) throw new Error(`addChapter refused the chapter: ${added.code}`);
    } finally {
      await deleteWork(writerId, posted.value.id);
    }
  }
  return result;
}
