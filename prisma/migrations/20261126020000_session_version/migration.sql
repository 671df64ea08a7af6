-- "Log out everywhere" and a password change end every session of an account at once. Sessions
-- are signed cookies (JWT) with nothing stored server-side, so each token carries the account's
-- session version from log-in, and a token whose version is behind the row's is logged out
-- (lib/auth/viewer.ts). Existing accounts start at 0, as do tokens issued before this column.
ALTER TABLE "users" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
