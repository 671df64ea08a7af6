import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { workPath } from "@/lib/routes";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { confirmDeleteWork } from "./actions";

export const metadata: Metadata = { title: "Delete Work" };

export default async function DeleteWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { work } = await requireOwnWork((await params).id);
  return (
    <div className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
      <h1 className="text-xl font-bold">Delete Work</h1>
      <p className="mt-2">
        Are you sure you want to delete <strong>{work.title}</strong>? This removes its chapters, kudos and comments and
        cannot be undone. Readers&apos; bookmarks stay, marked as deleted.
      </p>
      <ActionForm action={confirmDeleteWork.bind(null, work.id)} className="mt-4 flex gap-3">
        <SubmitButton>Yes, delete work</SubmitButton>
        <Link href={workPath(work.id)} className="self-center underline">Cancel</Link>
      </ActionForm>
    </div>
  );
}
