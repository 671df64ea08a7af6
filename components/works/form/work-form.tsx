"use client";

import { useActionState } from "react";
import { GiftField } from "@/components/gifts/gift-field";
import { SeriesField } from "@/components/series/series-field";
import { CoCreatorsField } from "@/components/creatorships/co-creators-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChapterFields } from "@/components/works/form/chapter-fields";
import { WorkPrefaceFields } from "@/components/works/form/work-preface-fields";
import { WorkSettingsFields } from "@/components/works/form/work-settings-fields";
import { WorkTagFields } from "@/components/works/form/work-tag-fields";
import { valueOf, type FormState, type FormValues } from "@/lib/forms/form-state";

function importedChapterCount(values: FormValues): number {
  try {
    return (JSON.parse(valueOf(values, "extraChapters")) as unknown[]).length;
  } catch {
    return 0;
  }
}

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  // "new": tags, preface, settings and the first chapter; "edit": the work's metadata only.
  mode: "new" | "edit";
  isDraft: boolean;
  // The writer's series titles, offered under "Series".
  mySeries?: string[];
};

export function WorkForm({ action, initialValues, mode, isDraft, mySeries = [] }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.message} />
      <WorkTagFields state={state} />
      <WorkPrefaceFields state={state} />
      <CoCreatorsField state={state} />
      <WorkSettingsFields state={state} />
      <SeriesField state={state} mySeries={mySeries} />
      <GiftField state={state} />
      {mode === "new" && <ChapterFields state={state} variant="work" />}
      {valueOf(state.values, "extraChapters") && (
        <>
          <input type="hidden" name="extraChapters" value={valueOf(state.values, "extraChapters")} />
          <p className="rounded bg-stone-100 p-3 text-sm">
            The imported file&apos;s other chapters ({importedChapterCount(state.values)}) are posted with this one.
          </p>
        </>
      )}
      <div className="flex flex-wrap gap-3">
        {mode === "edit" && !isDraft && <SubmitButton name="intent" value="update">Update</SubmitButton>}
        {(mode === "new" || isDraft) && <SubmitButton name="intent" value="post">Post</SubmitButton>}
        {(mode === "new" || isDraft) && (
          <SubmitButton name="intent" value="draft" className="!bg-quiet">
            Save as draft
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
