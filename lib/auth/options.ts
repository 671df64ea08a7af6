import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { authenticate } from "@/lib/users/authenticate";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
  // JWT sessions: no session table to query on every request, and stateless app servers.
  session: { strategy: "jwt" },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Folio",
      credentials: {
        login: { label: "Username or email", type: "text" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        if (!credentials?.login || !credentials.password) return null;
        const user = await authenticate(credentials.login, credentials.password);
        return user ? { id: String(user.id), name: user.username } : null;
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
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.userId, username: token.username };
      return session;
    },
  },
};
