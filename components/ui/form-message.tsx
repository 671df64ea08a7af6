// A live region so screen readers hear the outcome of a submit.
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={message ? `rounded p-2 ${tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}` : "sr-only"}
    >
      {message}
    </p>
  );
}
