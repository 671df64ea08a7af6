import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChapterForm } from "@/components/chapters/chapter-form";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getOwnWork } from "@/lib/works/get-own-work";
import { addNewChapter } from "./actions";

export const metadata: Metadata = { title: "New Chapter" };

export default async function NewChapterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  const work = id ? await getOwnWork(id, user.id) : null;
  if (!work) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">
        New chapter for <Link href={`/works/${work.id}`} className="text-red-900 underline">{work.title}</Link>
      </h1>
      <ChapterForm action={addNewChapter.bind(null, work.id)} initialValues={{}} positions={work.chapters.length + 1} canSaveDraft={work.posted} />
    </div>
  );
}
