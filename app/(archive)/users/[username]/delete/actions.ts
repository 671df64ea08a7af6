"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { forgetThisSession } from "@/lib/auth/keep-this-session";
import { accountDeletedPath } from "@/lib/routes";
import { deleteAccountSchema } from "@/lib/users/account-schema";
import { deleteAccount } from "@/lib/users/delete-account";

// The account is gone, so every session has ended; this browser forgets its cookie as well.
export const deleteAccountAction = defineAction({
  access: "user",
  args: [idSchema],
  input: deleteAccountSchema,
  limit: "account_password",
  run: ({ actor, args: [userId], input }) => deleteAccount(actor.id, userId, input),
  onSuccess: async () => {
    await forgetThisSession();
    revalidatePath("/", "layout");
    redirect(accountDeletedPath());
  },
});
