"use client";

import { useActionState } from "react";
import { FieldErrors } from "@/components/ui/field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { WorkForm } from "@/components/works/form/work-form";
import type { FormState } from "@/lib/forms/form-state";
import type { ImportState } from "@/lib/works/import-state";

type Props = {
  importAction: (state: ImportState, formData: FormData) => Promise<ImportState>;
  postAction: (state: FormState, formData: FormData) => Promise<FormState>;
};

// Step one uploads a file; step two is the ordinary posting form, filled in with what the
// importer recognised, for the writer to check, tag and post.
export function ImportWork({ importAction, postAction }: Props) {
  const [state, formAction] = useActionState(importAction, { status: "idle", fieldErrors: {}, values: {} });
  if (state.status === "success" && state.recognised) {
    const { recognised } = state;
    return (
      <div className="space-y-6">
        <section aria-label="Recognised" className="rounded border border-green-300 bg-green-50 p-4" role="status">
          <h2 className="font-bold">We recognised:</h2>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
            <dt className="font-semibold">Title</dt>
            <dd>{recognised.title || "(none found)"}</dd>
            <dt className="font-semibold">Creator</dt>
            <dd>{recognised.creator ?? "(none found)"}</dd>
            <dt className="font-semibold">Notes</dt>
            <dd>{recognised.hasNotes ? "Yes" : "None"}</dd>
            <dt className="font-semibold">Chapters</dt>
            <dd>{recognised.chapters.length}: {recognised.chapters.join(", ")}</dd>
          </dl>
          <p className="mt-2 text-sm">Check the form below, add your tags, then post.</p>
        </section>
        <WorkForm action={postAction} initialValues={state.values} mode="new" isDraft={false} />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <FormMessage message={state.message} />
      <div>
        <label htmlFor="import-file" className="block font-semibold">File to import</label>
        <p id="import-file-hint" className="text-sm text-stone-600">A .txt or .html file of up to 5 MB.</p>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          aria-describedby={state.fieldErrors.file ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={state.fieldErrors.file ? true : undefined}
          className="mt-1"
        />
        <FieldErrors id="import-file-error" errors={state.fieldErrors.file} />
      </div>
      <SubmitButton>Import</SubmitButton>
    </form>
  );
}
