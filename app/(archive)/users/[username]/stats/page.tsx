import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HitsChart } from "@/components/stats/hits-chart";
import { StatsTable } from "@/components/stats/stats-table";
import { getCurrentUser } from "@/lib/auth/session";
import { decodeSegment } from "@/lib/route-params";
import { userStatsPath } from "@/lib/routes";
import { getCreatorStats } from "@/lib/stats/creator-stats";
import { parseStatsQuery } from "@/lib/stats/stats-params";
import { findUserByUsername } from "@/lib/users/find-user";

type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Stats" };

// The creator's own statistics; anyone else (guests included) gets the same 404 as a missing page.
export default async function StatsPage({ params, searchParams }: Props) {
  const username = decodeSegment((await params).username);
  const [user, viewer] = await Promise.all([username ? findUserByUsername(username) : null, getCurrentUser()]);
  if (!user || viewer?.id !== user.id) notFound();
  const query = parseStatsQuery(await searchParams);
  const { works, totals, years } = await getCreatorStats(user.id, query);
  const basePath = userStatsPath(user.username);
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-4 text-2xl font-bold">Stats for {user.username}</h1>
      <form method="get" action={basePath} className="mb-4 flex items-end gap-2 text-sm">
        {query.sort !== "hits" && <input type="hidden" name="sort" value={query.sort} />}
        <label className="flex flex-col">
          <span className="font-semibold">Year</span>
          <select name="year" defaultValue={query.year === undefined ? "" : String(query.year)} className="rounded border border-stone-400 bg-white px-2 py-1">
            <option value="">All years</option>
            {years.map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100">Filter</button>
      </form>
      {works.length === 0 ? (
        <p>{query.year === undefined ? "You have no posted works yet." : `You posted no works in ${query.year}.`}</p>
      ) : (
        <>
          <StatsTable works={works} totals={totals} query={query} basePath={basePath} />
          <HitsChart works={works} />
        </>
      )}
    </div>
  );
}
