import { formatUserText } from "@/lib/text/format-user-text";

// A comment's text as stored: sanitised HTML, or null when nothing readable is left
// ("<p><script>…</script></p>" and zero-width spaces are not a comment).
export function formatCommentBody(text: string): string | null {
  const html = formatUserText(text);
  const visibleText = html.replace(/<[^>]*>/g, "").replace(/&nbsp;|\s/g, "");
  return visibleText === "" ? null : html;
}
