import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgot password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Forgot password?</h1>
      <p className="mb-4 text-sm text-stone-600">
        Enter the email or username of your account, and we&apos;ll email you a link to choose a new password.
      </p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </div>
  );
}
