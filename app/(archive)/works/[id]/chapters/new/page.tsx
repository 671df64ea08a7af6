import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ChapterForm } from "@/components/chapters/chapter-form";
import { workPath } from "@/lib/routes";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { addNewChapter } from "./actions";

export const metadata: Metadata = { title: "New Chapter" };

export default async function NewChapterPage({ params }: { params: Promise<{ id: string }> }) {
  const { work } = await requireOwnWork((await params).id);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">
        New chapter for <Link href={workPath(work.id)} className="text-red-900 underline">{work.title}</Link>
      </h1>
      <ChapterForm action={addNewChapter.bind(null, work.id)} initialValues={{}} positions={work.chapters.length + 1} canSaveDraft={work.posted} />
    </div>
  );
}
