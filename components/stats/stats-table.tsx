import { Link } from "@/components/ui/link";
import type { StatsTotals, WorkStats } from "@/lib/stats/creator-stats";
import { statsQueryString, type StatsQuery, type StatsSort } from "@/lib/stats/stats-params";
import { workPath } from "@/lib/routes";

type Props = { works: WorkStats[]; totals: StatsTotals; query: StatsQuery; basePath: string };

const COLUMNS: { key: Exclude<StatsSort, "title">; label: string }[] = [
  { key: "hits", label: "Hits" },
  { key: "kudos", label: "Kudos" },
  { key: "comments", label: "Comments" },
  { key: "bookmarks", label: "Bookmarks" },
  { key: "words", label: "Words" },
  { key: "subscriptions", label: "Subscriptions" },
];

const number = (value: number) => value.toLocaleString("en-US");

// A column heading that sorts by its column (a plain link: works without script).
function SortHeader({ sort, label, query, basePath }: { sort: StatsSort; label: string; query: StatsQuery; basePath: string }) {
  const active = query.sort === sort;
  return (
    <th scope="col" aria-sort={active ? (sort === "title" ? "ascending" : "descending") : undefined} className={sort === "title" ? "px-2 py-1 text-left" : "px-2 py-1 text-right"}>
      <Link href={`${basePath}${statsQueryString({ ...query, sort })}`} className={active ? "font-bold underline" : "underline"}>
        {label}
      </Link>
    </th>
  );
}

export function StatsTable({ works, totals, query, basePath }: Props) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-stone-600">Sort by a column by choosing its heading.</caption>
      <thead>
        <tr className="border-b border-stone-400">
          <SortHeader sort="title" label="Work" query={query} basePath={basePath} />
          {COLUMNS.map((column) => (
            <SortHeader key={column.key} sort={column.key} label={column.label} query={query} basePath={basePath} />
          ))}
        </tr>
      </thead>
      <tbody>
        {works.map((work) => (
          <tr key={work.id} className="border-b border-stone-200">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              <Link href={workPath(work.id)} className="text-red-900 underline">{work.title}</Link>
            </th>
            {COLUMNS.map((column) => (
              <td key={column.key} className="px-2 py-1 text-right tabular-nums">{number(work[column.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-stone-400 font-bold">
          <th scope="row" className="px-2 py-1 text-left">Total</th>
          {COLUMNS.map((column) => (
            <td key={column.key} className="px-2 py-1 text-right tabular-nums">{number(totals[column.key])}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
