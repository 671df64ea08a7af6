import type { Metadata } from "next";
import { WorkCreators } from "@/components/creatorships/work-creators";
import { WorkForm } from "@/components/works/form/work-form";
import { listWorkCreators } from "@/lib/creatorships/list-creators";
import { giftsFormValue } from "@/lib/gifts/list-gifts";
import { listOwnSeriesTitles, seriesFormValue } from "@/lib/series/own-series";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { workFormValues } from "@/lib/works/work-form-values";
import { editWork, leaveCoCreatedWork } from "./actions";

export const metadata: Metadata = { title: "Edit Work" };

export default async function EditWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, work } = await requireOwnWork((await params).id);
  const [mySeries, series, gifts, { creators, invited }] = await Promise.all([
    listOwnSeriesTitles(user.id),
    seriesFormValue(work.id, user.id),
    giftsFormValue(work.id),
    listWorkCreators(work.id),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Edit Work: {work.title}</h1>
      <WorkForm
        action={editWork.bind(null, work.id)}
        initialValues={{ ...workFormValues(work), series, gifts }}
        mode="edit"
        isDraft={!work.posted}
        mySeries={mySeries}
      />
      <WorkCreators creators={creators} invited={invited} leave={leaveCoCreatedWork.bind(null, work.id)} />
    </div>
  );
}
