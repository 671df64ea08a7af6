import type { Metadata } from "next";
import { WorkCreators } from "@/components/creatorships/work-creators";
import { WorkForm } from "@/components/works/form/work-form";
import { listWorkCreators } from "@/lib/creatorships/list-creators";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { workFormValues } from "@/lib/works/work-form-values";
import { editWork, leaveCoCreatedWork } from "./actions";

export const metadata: Metadata = { title: "Edit Work" };

export default async function EditWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { work } = await requireOwnWork((await params).id);
  const { creators, invited } = await listWorkCreators(work.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Edit Work: {work.title}</h1>
      <WorkForm action={editWork.bind(null, work.id)} initialValues={workFormValues(work)} mode="edit" isDraft={!work.posted} />
      <WorkCreators creators={creators} invited={invited} leave={leaveCoCreatedWork.bind(null, work.id)} />
    </div>
  );
}
