"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChapterFields } from "@/components/works/form/chapter-fields";
import { WorkPrefaceFields } from "@/components/works/form/work-preface-fields";
import { WorkSettingsFields } from "@/components/works/form/work-settings-fields";
import { WorkTagFields } from "@/components/works/form/work-tag-fields";
import type { FormState, FormValues } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  // "new": tags, preface, settings and the first chapter; "edit": the work's metadata only.
  mode: "new" | "edit";
  isDraft: boolean;
};

export function WorkForm({ action, initialValues, mode, isDraft }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.message} />
      <WorkTagFields state={state} />
      <WorkPrefaceFields state={state} />
      <WorkSettingsFields state={state} />
      {mode === "new" && <ChapterFields state={state} variant="work" />}
      <div className="flex flex-wrap gap-3">
        {mode === "edit" && !isDraft && <SubmitButton name="intent" value="update">Update</SubmitButton>}
        {(mode === "new" || isDraft) && <SubmitButton name="intent" value="post">Post</SubmitButton>}
        {(mode === "new" || isDraft) && (
          <SubmitButton name="intent" value="draft" className="!bg-stone-600">
            Save as draft
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
