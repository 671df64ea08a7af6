import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WorkForm } from "@/components/works/form/work-form";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getOwnWork } from "@/lib/works/get-own-work";
import { workFormValues } from "@/lib/works/work-form-values";
import { editWork } from "./actions";

export const metadata: Metadata = { title: "Edit Work" };

export default async function EditWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  const work = id ? await getOwnWork(id, user.id) : null;
  if (!work) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Edit Work: {work.title}</h1>
      <WorkForm action={editWork.bind(null, work.id)} initialValues={workFormValues(work)} mode="edit" isDraft={!work.posted} />
    </div>
  );
}
