// The <summary> that opens a <details> form, so the form works without JavaScript. Browsers
// expose it as a button, but not every accessibility API does: the explicit role keeps it the
// "Bookmark" button the UI contract names (the expanded state still follows <details>).
export function DisclosureButton({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <summary
      role="button"
      className={`inline-block cursor-pointer rounded border border-stone-400 bg-white px-3 py-1 font-semibold hover:bg-stone-100 ${className}`}
    >
      {children}
    </summary>
  );
}
