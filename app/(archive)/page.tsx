import { Link } from "@/components/ui/link";
import { WorkList } from "@/components/works/work-list";
import { getCurrentUser } from "@/lib/auth/session";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { getPreferences } from "@/lib/preferences/get-preferences";

export default async function HomePage() {
  const viewer = await getCurrentUser();
  const { works } = await filterWorks(parseWorkFilter({ sort: "posted" }), viewer, {}, { total: false, preferences: await getPreferences() });
  return (
    <div className="space-y-6">
      <section className="rounded border border-stone-300 bg-white p-4">
        <h1 className="text-2xl font-bold">Welcome to Folio</h1>
        <p className="mt-1">
          A fan-run archive for fan works. <Link href="/works" className="text-red-900 underline">Browse all works</Link>
          {viewer ? (
            <> or <Link href="/works/new" className="text-red-900 underline">post a new one</Link>.</>
          ) : (
            <> or <Link href="/signup" className="text-red-900 underline">create an account</Link> to post your own.</>
          )}
        </p>
      </section>
      <section aria-labelledby="newest-works">
        <h2 id="newest-works" className="mb-3 text-xl font-bold">Newest works</h2>
        <WorkList works={works} />
      </section>
    </div>
  );
}
