import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: number; username: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: number;
    username: string;
  }
}
