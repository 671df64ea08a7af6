import type { DownloadWork } from "./work-download";

// Synthetic works for the download tests, with text that needs escaping and a lyric line break.

export function twoChapterWork(): DownloadWork {
  return {
    id: 42,
    title: "4 > 3 and 2 < 5",
    creator: "Quill & Ink",
    summary: "<p>Two friends count to <em>five</em>.</p>",
    notesBegin: "<p>Work notes: thanks to my beta.</p>",
    notesEnd: "<p>Work end notes: the song is made up.</p>",
    language: "en",
    publishedAt: new Date("2024-03-01T12:00:00Z"),
    revisedAt: new Date("2024-04-15T08:30:45.123Z"),
    wordCount: 12345,
    chapterCount: "2/?",
    tags: [
      { label: "Rating", names: ["Teen And Up Audiences"] },
      { label: "Archive Warning", names: ["No Archive Warnings Apply"] },
      { label: "Fandom", names: ["Numbers & Letters (Cartoon)"] },
      { label: "Relationship", names: [] },
      { label: "Additional Tags", names: ["Fluff", "<3"] },
    ],
    url: "http://localhost:3000/works/42",
    chapters: [
      {
        position: 2,
        title: "",
        summary: "<p>Chapter two summary.</p>",
        notesBegin: "",
        notesEnd: "<p>Chapter two end notes.</p>",
        bodyHtml: "<p>The second chapter &amp; its ending.</p>",
      },
      {
        position: 1,
        title: "The <Start>",
        summary: "",
        notesBegin: "<p>Chapter one notes.</p>",
        notesEnd: "<p>Chapter one end notes.</p>",
        bodyHtml:
          "<p>She sang:</p><blockquote><p>I walk a lonely road<br>The only one that I have known</p></blockquote>" +
          "<hr><p>Tom &amp; Jerry said 2 &lt; 3&nbsp;&mdash; caf&eacute;.</p>",
      },
    ],
  };
}

export function oneShot(): DownloadWork {
  return {
    id: 7,
    title: "She Isn't Real",
    creator: "Marlowe",
    summary: "<p>A ghost story.</p>",
    notesBegin: "",
    notesEnd: "<p></p>",
    language: "fr",
    publishedAt: new Date("2023-10-31T23:00:00Z"),
    revisedAt: new Date("2023-10-31T23:00:00Z"),
    wordCount: 900,
    chapterCount: "1/1",
    tags: [{ label: "Rating", names: ["General Audiences"] }],
    url: "http://localhost:3000/works/7",
    chapters: [
      {
        position: 1,
        title: "Only chapter",
        summary: "",
        notesBegin: "",
        notesEnd: "",
        bodyHtml: "<p>Nobody saw her leave.</p>",
      },
    ],
  };
}
