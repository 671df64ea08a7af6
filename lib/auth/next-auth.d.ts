import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    // sessionVersion is not a secret: it only counts the account's "Log out everywhere"s.
    user: { id: number; username: string; sessionVersion?: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: number;
    username: string;
    // Absent from tokens issued before session versions existed.
    sessionVersion?: number;
  }
}
