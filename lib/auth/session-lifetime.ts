// How long a log-in lasts: a session cookie (a signed, encrypted JWT) expires 14 days after it was
// last renewed, and a visit renews it once it is a day old (lib/auth/session-cookie.ts), so a
// reader who comes back within two weeks stays logged in and an abandoned or stolen cookie dies.
// Kept apart from lib/auth/options.ts so that proxy.ts can read it without the database.
export const SESSION_MAX_AGE = 14 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE = 24 * 60 * 60;
