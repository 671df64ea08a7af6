import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";
import { requireOwnAccount } from "@/lib/users/require-own-account";
import { deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Delete Account" };

export default async function DeleteAccountPage({ params }: { params: Promise<{ username: string }> }) {
  const viewer = await requireOwnAccount((await params).username);
  return (
    <div className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
      <h1 className="text-2xl font-bold">Delete Account</h1>
      <div className="my-4 space-y-2">
        <p>
          Deleting your account can&apos;t be undone. Your bookmarks, kudos, subscriptions and inbox go with it; your
          comments stay, shown as &ldquo;(Account deleted)&rdquo;. The name {viewer.username} becomes free for anyone to take.
        </p>
        <p>
          <strong>Orphan my works</strong> keeps your posted works on the archive under orphan_account, without your name.{" "}
          <strong>Delete my works</strong> removes them with their comments and kudos. Drafts are deleted either way.
        </p>
      </div>
      <DeleteAccountForm action={deleteAccountAction.bind(null, viewer.id)} />
    </div>
  );
}
