import type { Metadata } from "next";
import { WorkIndex } from "@/components/works/work-index";
import { getCurrentUser } from "@/lib/auth/session";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { getPreferences } from "@/lib/preferences/get-preferences";

export const metadata: Metadata = { title: "Works" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorksPage({ searchParams }: Props) {
  const filter = parseWorkFilter(await searchParams);
  const result = await filterWorks(filter, await getCurrentUser(), {}, { facets: true, preferences: await getPreferences() });
  return <WorkIndex heading="Works" basePath="/works" filter={filter} result={result} />;
}
