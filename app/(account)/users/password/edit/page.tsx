import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { FormMessage } from "@/components/ui/form-message";
import { Link } from "@/components/ui/link";
import { errorMessage } from "@/lib/error-codes";
import { cleanText } from "@/lib/params/clean-text";
import { firstValue } from "@/lib/params/first-value";
import { forgotPasswordPath } from "@/lib/routes";
import { isResetTokenValid } from "@/lib/users/reset-password";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Set a new password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = cleanText(firstValue((await searchParams).reset_password_token) ?? "").slice(0, 200);
  const valid = token !== "" && (await isResetTokenValid(token));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Set a new password</h1>
      {valid ? (
        <ResetPasswordForm token={token} action={resetPasswordAction} />
      ) : (
        <div className="space-y-4">
          <FormMessage message={errorMessage("reset_token_invalid")} />
          <Link href={forgotPasswordPath()} className="font-semibold text-red-900 underline">Ask for a new link</Link>
        </div>
      )}
    </div>
  );
}
