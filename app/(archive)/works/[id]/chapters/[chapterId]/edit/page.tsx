import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ChapterForm } from "@/components/chapters/chapter-form";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { requireUser } from "@/lib/auth/session";
import { chapterFormValues } from "@/lib/chapters/chapter-form-values";
import { parseId } from "@/lib/route-params";
import { workPath } from "@/lib/routes";
import { getOwnChapter } from "@/lib/works/get-own-work";
import { removeChapter, saveChapter } from "./actions";

export const metadata: Metadata = { title: "Edit Chapter" };

type Props = { params: Promise<{ id: string; chapterId: string }> };

export default async function EditChapterPage({ params }: Props) {
  const user = await requireUser();
  const raw = await params;
  const [workId, chapterId] = [parseId(raw.id), parseId(raw.chapterId)];
  const chapter = workId && chapterId ? await getOwnChapter(workId, chapterId, user.id) : null;
  if (!chapter) notFound();
  const { work } = chapter;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">
        Edit Chapter {chapter.position} of <Link href={workPath(work.id)} className="text-red-900 underline">{work.title}</Link>
      </h1>
      <ChapterForm
        action={saveChapter.bind(null, work.id, chapter.id)}
        initialValues={chapterFormValues(chapter)}
        canSaveDraft={work.posted && !chapter.posted}
      />
      {work._count.chapters > 1 && (
        <ConfirmDeleteForm
          label="Delete Chapter"
          warning="This chapter and its comments will be removed for good."
          confirmLabel="Yes, delete this chapter"
          action={removeChapter.bind(null, work.id, chapter.id)}
        />
      )}
    </div>
  );
}
