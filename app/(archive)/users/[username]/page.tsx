import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WorkIndex } from "@/components/works/work-index";
import { getCurrentUser } from "@/lib/auth/session";
import { findUserByUsername } from "@/lib/users/find-user";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";

type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).username) };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const user = await findUserByUsername(decodeURIComponent((await params).username));
  if (!user) notFound();
  const filter = parseWorkFilter(await searchParams);
  const result = await filterWorks(filter, await getCurrentUser(), { creatorId: user.id }, { facets: true });
  return (
    <WorkIndex
      heading={`Works by ${user.username}`}
      basePath={`/users/${encodeURIComponent(user.username)}`}
      filter={filter}
      result={result}
    />
  );
}
