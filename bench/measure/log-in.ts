// A reader's session cookie, got the way a browser gets one: next-auth's CSRF token, then the
// credentials form posted to its callback (as scripts/load/virtual-users.ts logs writers in).
export async function logIn(origin: string, login: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
  });
  const session = answer.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Logging in as ${login} failed (HTTP ${answer.status})`);
  return session.split(";")[0]!;
}
