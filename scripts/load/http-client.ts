// Every request of the run goes through here, so the totals, the 5xx answers and the moments
// they happened at (to tell them from the fault windows) are counted in one place.
export type Exchange = { path: string; status: number; started: number; ended: number };

export class HttpClient {
  requests = 0;
  connectionErrors = 0;
  readonly serverErrors: Exchange[] = [];

  constructor(private readonly origin: string) {}

  // `form` goes as multipart (what a browser posts to a Server Action), `urlencoded` as a plain form.
  async request(path: string, { cookie, form, urlencoded }: { cookie?: string; form?: [string, string][]; urlencoded?: [string, string][] } = {}) {
    const started = Date.now();
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    let body: FormData | URLSearchParams | undefined;
    if (form) {
      body = new FormData();
      for (const [name, value] of form) body.append(name, value);
    } else if (urlencoded) body = new URLSearchParams(urlencoded);
    // A Server Action is accepted only from its own origin.
    if (body) headers.origin = this.origin;
    this.requests += 1;
    try {
      const response = await fetch(`${this.origin}${path}`, { method: body ? "POST" : "GET", headers, body, redirect: "manual" });
      const text = await response.text();
      const exchange = { path, status: response.status, started, ended: Date.now() };
      if (response.status >= 500) this.serverErrors.push(exchange);
      return { status: response.status, location: response.headers.get("location"), setCookies: response.headers.getSetCookie(), text };
    } catch {
      // Refused or cut off while the app is down: the client saw no answer, not a 5xx.
      this.connectionErrors += 1;
      return { status: 0, location: null, setCookies: [] as string[], text: "" };
    }
  }
}
