import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { LogInForm } from "@/components/auth/log-in-form";
import { FormMessage } from "@/components/ui/form-message";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/auth/session";
import { siteOrigin } from "@/lib/auth/site-origin";
import { forgotPasswordPath } from "@/lib/routes";

export const metadata: Metadata = { title: "Log in" };

export default async function LogInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; logged_out?: string | string[]; account_deleted?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/");
  const query = await searchParams;
  const next = safeCallbackPath(query.callbackUrl, await siteOrigin());
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Log in</h1>
      {query.logged_out === "everywhere" && (
        <FormMessage tone="success" message="You have been logged out everywhere: on this device and every other." />
      )}
      {query.account_deleted !== undefined && <FormMessage tone="success" message="Your account has been deleted." />}
      <LogInForm next={next} />
      <p className="mt-4 text-sm">
        <Link href={forgotPasswordPath()} className="underline">Forgot password?</Link>
      </p>
      <p className="mt-2 text-sm">
        New here? <Link href="/signup" className="underline">Create an account</Link>.
      </p>
    </div>
  );
}
