import { formatChapterCount } from "@/lib/works/chapter-count";
import { languageName } from "@/lib/works/languages";

type Stats = {
  language: string;
  wordCount: number;
  postedChapters: number;
  expectedChapters: number | null;
  commentsCount: number;
  kudosCount: number;
  bookmarksCount: number;
  hitsCount: number;
  publishedAt?: Date | null;
  revisedAt?: Date;
};

const number = new Intl.NumberFormat("en");
const day = (date: Date) => date.toISOString().slice(0, 10);

// AO3's stats line: "Language: English Words: 1,234 Chapters: 1/? Comments: … Kudos: … Bookmarks: … Hits: …".
export function WorkStats({ stats, showDates = false }: { stats: Stats; showDates?: boolean }) {
  const items: [string, string][] = [
    ["Language", languageName(stats.language)],
    ...(showDates && stats.publishedAt ? ([["Published", day(stats.publishedAt)]] as [string, string][]) : []),
    ...(showDates && stats.revisedAt ? ([["Updated", day(stats.revisedAt)]] as [string, string][]) : []),
    ["Words", number.format(stats.wordCount)],
    ["Chapters", formatChapterCount(stats.postedChapters, stats.expectedChapters)],
    ["Comments", number.format(stats.commentsCount)],
    ["Kudos", number.format(stats.kudosCount)],
    ["Bookmarks", number.format(stats.bookmarksCount)],
    ["Hits", number.format(stats.hitsCount)],
  ];
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Stats">
      {items.map(([label, value]) => (
        <div key={label} className="flex gap-1">
          <dt className="font-semibold">{label}:</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
