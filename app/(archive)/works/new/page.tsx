import type { Metadata } from "next";
import { WorkForm } from "@/components/works/form/work-form";
import { requireUser } from "@/lib/auth/session";
import { postNewWork } from "./actions";

export const metadata: Metadata = { title: "Post New Work" };

export default async function NewWorkPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Post New Work</h1>
      <WorkForm action={postNewWork} initialValues={{}} mode="new" isDraft={false} />
    </div>
  );
}
