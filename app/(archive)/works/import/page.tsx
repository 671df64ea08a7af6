import type { Metadata } from "next";
import { ImportWork } from "@/components/works/import-work";
import { requireUser } from "@/lib/auth/session";
import { postNewWork } from "../new/actions";
import { importWorkFile } from "./actions";

export const metadata: Metadata = { title: "Import Work" };

export default async function ImportWorkPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Import Work</h1>
      <ImportWork importAction={importWorkFile} postAction={postNewWork} />
    </div>
  );
}
