import type { Metadata } from "next";
import { WorkForm } from "@/components/works/form/work-form";
import { giftsFormValue } from "@/lib/gifts/list-gifts";
import { listOwnSeriesTitles, seriesFormValue } from "@/lib/series/own-series";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { workFormValues } from "@/lib/works/work-form-values";
import { editWork } from "./actions";

export const metadata: Metadata = { title: "Edit Work" };

export default async function EditWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, work } = await requireOwnWork((await params).id);
  const [mySeries, series, gifts] = await Promise.all([listOwnSeriesTitles(user.id), seriesFormValue(work.id, user.id), giftsFormValue(work.id)]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Edit Work: {work.title}</h1>
      <WorkForm
        action={editWork.bind(null, work.id)}
        initialValues={{ ...workFormValues(work), series, gifts }}
        mode="edit"
        isDraft={!work.posted}
        mySeries={mySeries}
      />
    </div>
  );
}
