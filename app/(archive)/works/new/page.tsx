import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { WorkForm } from "@/components/works/form/work-form";
import { requireUser } from "@/lib/auth/session";
import { listOwnSeriesTitles } from "@/lib/series/own-series";
import { postNewWork } from "./actions";

export const metadata: Metadata = { title: "Post New Work" };

export default async function NewWorkPage() {
  const user = await requireUser();
  const mySeries = await listOwnSeriesTitles(user.id);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-2xl font-bold">Post New Work</h1>
      <p className="mb-4 text-sm">
        Have it in a file? <Link href="/works/import" className="text-red-900 underline">Import a work</Link> from a .txt or .html file.
      </p>
      <WorkForm action={postNewWork} initialValues={{}} mode="new" isDraft={false} mySeries={mySeries} />
    </div>
  );
}
