// Renders text that lib/text sanitised with an allow-list before it was stored. Nothing else may
// be passed here: this is the one place user HTML reaches the page.
export function UserHtml({ html, className = "" }: { html: string; className?: string }) {
  if (!html) return null;
  return <div className={`prose prose-stone max-w-none ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
