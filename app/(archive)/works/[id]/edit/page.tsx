import type { Metadata } from "next";
import { WorkForm } from "@/components/works/form/work-form";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { workFormValues } from "@/lib/works/work-form-values";
import { editWork } from "./actions";

export const metadata: Metadata = { title: "Edit Work" };

export default async function EditWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { work } = await requireOwnWork((await params).id);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Edit Work: {work.title}</h1>
      <WorkForm action={editWork.bind(null, work.id)} initialValues={workFormValues(work)} mode="edit" isDraft={!work.posted} />
    </div>
  );
}
