import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { getPreferences } from "@/lib/preferences/get-preferences";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Folio", template: "%s | Folio" },
  description: "A community archive for fan fiction.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The reader's theme and font size are on <html> in the first HTML the server sends: no flash.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { theme, fontSize } = await getPreferences();
  return (
    <html lang="en" data-theme={theme} data-font-size={fontSize}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
