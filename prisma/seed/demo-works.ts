// How the two demo stories are tagged; their text, title, creator and notes come from the files.
const BUFFY = {
  rating: "Teen And Up Audiences",
  warnings: ["No Archive Warnings Apply"],
  categories: ["F/M"],
  fandoms: "Buffy the Vampire Slayer",
  relationships: "Buffy Summers/Spike",
};

export const DEMO_WORKS = [
  {
    file: "she-isnt-real.txt",
    // The file has no byline.
    fallbackCreator: "FolioDemo",
    publishedAt: "2024-02-14",
    tags: {
      ...BUFFY,
      characters: "Buffy Summers, Spike",
      freeforms: "Songfic, Dancing, The Bronze, Season 7",
    },
  },
  {
    file: "dreams-and-realizations.txt",
    fallbackCreator: "Aseret",
    publishedAt: "2024-01-20",
    tags: {
      ...BUFFY,
      characters: "Buffy Summers, Spike, Tara Maclay, Drusilla",
      freeforms: "Dreams, Spells, Love Confessions",
    },
  },
];
