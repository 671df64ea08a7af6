// The archive's proportions for N works, and where each kind of row's ids start. Ids are given
// explicitly (and the sequences moved past them afterwards), so that a work's chapters, a tag's
// synonym or a fandom's characters are arithmetic on ids instead of joins during the load.

export type Shape = ReturnType<typeof shapeFor>;

// AO3 has ~60,000 fandoms; 2,500 keeps the tag tables small while giving the sidebar and the
// fandom filter a real long tail (issue 9 asks for at least 2,000).
const FANDOMS = 2_500;
const CHARACTERS_PER_FANDOM = 24;
// Pairs of a fandom's first characters, each as romance ("A/B") and friendship ("A & B").
const RELATIONSHIPS_PER_FANDOM = 40;
const FREEFORMS = 20_000;

// Numbers that divide a pool size would repeat users in one work's kudos: pick a step coprime to it.
function coprimeStep(size: number) {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (const step of [7_919, 7_927, 7_933, 7_937]) if (gcd(step, size) === 1) return step;
  throw new Error(`No coprime step for ${size}`);
}

export function shapeFor(works: number) {
  // ~50,000 writers at 100,000 works and above (fewer for small archives, so each writes a few).
  const creators = Math.min(50_000, Math.max(1_000, Math.floor(works / 2)));
  // Readers who leave kudos, comments and bookmarks; never creators, so no one kudoses their own work.
  const readers = Math.min(50_000, Math.max(2_000, Math.floor(works / 2)));
  return {
    works,
    creators,
    readers,
    fandoms: FANDOMS,
    charactersPerFandom: CHARACTERS_PER_FANDOM,
    relationshipsPerFandom: RELATIONSHIPS_PER_FANDOM,
    freeforms: FREEFORMS,
    readerStep: coprimeStep(readers),
    // Users: ids 1..999 are left to the migrations (orphan_account).
    creatorBase: 1_000,
    readerBase: 100_000,
    benchReaderBase: 200_000,
    // Tags: ids 1..99 are the migrations' archive tags.
    fandomBase: 100,
    characterBase: 100_000,
    relationshipBase: 200_000,
    freeformBase: 400_000,
    // A synonym's id is its canonical tag's id plus this.
    synonymOffset: 1_000_000,
    // Every 1000th work (ids ≡ 1 and ≡ 2 mod 1000) is a "showcase": posted, several chapters and
    // full-length chapter text, the guest's and the logged-in reader's work page in the bench.
    showcaseEvery: 1_000,
  };
}
