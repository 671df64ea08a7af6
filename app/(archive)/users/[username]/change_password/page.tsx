import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { requireOwnAccount } from "@/lib/users/require-own-account";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Change Password" };

export default async function ChangePasswordPage({ params }: { params: Promise<{ username: string }> }) {
  const viewer = await requireOwnAccount((await params).username);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Change Password</h1>
      <p className="mb-4 text-sm text-stone-600">Every other browser logged in to this account will be logged out.</p>
      <ChangePasswordForm action={changePasswordAction.bind(null, viewer.id)} />
    </div>
  );
}
