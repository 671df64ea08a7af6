import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditTagForm } from "@/components/tags/edit-tag-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { decodeSegment } from "@/lib/route-params";
import { lookUpTag } from "@/lib/tags/lookup-tags";
import { TAG_TYPE_LABELS } from "@/lib/tags/tag-types";
import { saveTag } from "./actions";

export const metadata: Metadata = { title: "Edit Tag" };

export default async function EditTagPage({ params }: { params: Promise<{ name: string }> }) {
  await requireAdmin();
  const name = decodeSegment((await params).name);
  const tag = name ? await lookUpTag(name) : null;
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Edit tag: {tag.name}</h1>
      <p className="text-sm text-stone-600">
        {TAG_TYPE_LABELS[tag.type]} · used on {tag.usesCount} works
        {tag.ownSynonyms.length > 0 && ` · synonyms: ${tag.ownSynonyms.map((synonym) => synonym.name).join(", ")}`}
      </p>
      <EditTagForm
        action={saveTag.bind(null, tag.id)}
        initialValues={{ canonical: tag.canonical ? "on" : "", synonymOf: tag.synonymOf?.name ?? "" }}
      />
    </div>
  );
}
