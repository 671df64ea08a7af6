// eslint-disable-next-line no-restricted-imports -- the one place that wraps next/link
import NextLink from "next/link";
import type { ComponentProps } from "react";

// Every archive page is rendered per request (it reads the session), so Next's default
// prefetching would render each of a listing's 20–30 links for a reader who follows one at most:
// measured, that multiplied a page view's server work by ~25. Pages load when followed, as on AO3,
// and client-side navigation stays.
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
