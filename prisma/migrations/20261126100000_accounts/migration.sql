-- Accounts that can be managed: password reset tokens, a mail outbox for archives without SMTP,
-- and AO3's orphan_account, which keeps the works of deleted accounts that chose to orphan them.

-- At most one live reset token per account: a newer request replaces the older one. Only the
-- SHA-256 of the token is stored, so a copy of the database cannot reset anyone's password.
CREATE TABLE "password_reset_tokens" (
    "user_id" INTEGER NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "password_reset_tokens_hash_hex" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "password_reset_tokens_expiry_after_creation" CHECK ("expires_at" > "created_at")
);
CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens"("token_hash");
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Mail written here instead of being sent when SMTP_URL is unset; `npm start` prints each new one
-- once (printed_at), whichever of several app servers wrote it.
CREATE TABLE "mail_outbox" (
    "id" SERIAL NOT NULL,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "text_body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "printed_at" TIMESTAMP(3),

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "mail_outbox_unprinted_idx" ON "mail_outbox"("id") WHERE "printed_at" IS NULL;

-- AO3's orphan_account: it holds orphaned works without their creator's name. '!' is no argon2
-- hash, so no password ever matches it, and lib/users/orphan-account.ts keeps it out of password
-- resets. An address under the reserved .invalid domain never receives mail.
INSERT INTO "users" ("username", "email", "password_hash") VALUES ('orphan_account', 'orphan_account@invalid', '!');
