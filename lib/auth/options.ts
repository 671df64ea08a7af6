import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { withLogInLimits } from "@/lib/auth/log-in-limits";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { SESSION_MAX_AGE, SESSION_UPDATE_AGE } from "@/lib/auth/session-lifetime";
import { authenticate } from "@/lib/users/authenticate";
import { clientAddressOf } from "@/lib/visitors/request-client-address";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
  // JWT sessions: no session table to query on every request, and stateless app servers. The
  // token's own lifetime (jwt.maxAge) defaults to 30 days whatever the session's: set both.
  // next-auth renews a JWT only when /api/auth/session is read, which pages rendered on the server
  // never do; proxy.ts renews it instead (lib/auth/session-cookie.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: SESSION_UPDATE_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Folio",
      credentials: {
        login: { label: "Username or email", type: "text" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        if (!credentials?.login || !credentials.password) return null;
        const { login, password } = credentials;
        const address = clientAddressOf(new Headers(request.headers as Record<string, string>));
        // Throws LogInThrottled when over the limit: the form shows its message.
        const user = await withLogInLimits(login, address, () => authenticate(login, password));
        return user ? { id: String(user.id), name: user.username, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    // The log-in page's rule for every redirect next-auth makes (sign-in, sign-out callbacks).
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).href;
    },
    jwt({ token, user }) {
      if (user) {
        token.userId = Number(user.id);
        token.username = user.name ?? "";
        // Compared with the account's on every request (lib/auth/viewer.ts).
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.userId, username: token.username, sessionVersion: token.sessionVersion };
      return session;
    },
  },
};
