import type { Metadata } from "next";
import { PreferencesForm } from "@/components/preferences/preferences-form";
import { getCurrentUser } from "@/lib/auth/session";
import { preferencesFormValues } from "@/lib/preferences/form-values";
import { getPreferences } from "@/lib/preferences/get-preferences";
import { savePreferences } from "./actions";

export const metadata: Metadata = { title: "Preferences" };

export default async function PreferencesPage() {
  const [viewer, preferences] = await Promise.all([getCurrentUser(), getPreferences()]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">Preferences</h1>
      <p className="mb-6 text-stone-600">
        {viewer ? "Saved with your account, on every device you log in on." : "Kept in this browser (a cookie) until you log in."}
      </p>
      <PreferencesForm action={savePreferences} initialValues={preferencesFormValues(preferences)} loggedIn={viewer !== null} />
    </div>
  );
}
