import "server-only";

// The origin links in mail point at. Only configuration decides it, never a request's Host header:
// a reset link built from the Host could be pointed at someone else's site by whoever asked for
// it (password-reset poisoning). `npm start` always sets NEXTAUTH_URL.
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  return `http://localhost:${env.PORT ?? "3000"}`;
}
