import type { Metadata } from "next";
import { ChangeEmailForm } from "@/components/accounts/change-email-form";
import { getOwnEmail, requireOwnAccount } from "@/lib/users/require-own-account";
import { changeEmailAction } from "./actions";

export const metadata: Metadata = { title: "Change Email" };

export default async function ChangeEmailPage({ params }: { params: Promise<{ username: string }> }) {
  const viewer = await requireOwnAccount((await params).username);
  const email = await getOwnEmail(viewer.id);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Change Email</h1>
      <p className="mb-4 text-sm text-stone-600">Password resets go to this address. We&apos;ll tell the old address about the change.</p>
      <ChangeEmailForm currentEmail={email} action={changeEmailAction.bind(null, viewer.id)} />
    </div>
  );
}
