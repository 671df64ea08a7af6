-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "TagType" AS ENUM ('RATING', 'WARNING', 'CATEGORY', 'FANDOM', 'RELATIONSHIP', 'CHARACTER', 'FREEFORM');

-- CreateEnum
CREATE TYPE "CommentPermission" AS ENUM ('REGISTERED', 'EVERYONE', 'NOBODY');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('NEW_CHAPTER', 'NEW_WORK', 'COMMENT', 'REPLY');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(40) NOT NULL,
    "username_key" TEXT NOT NULL GENERATED ALWAYS AS (lower("username")) STORED,
    "email" VARCHAR(254) NOT NULL,
    "email_key" TEXT NOT NULL GENERATED ALWAYS AS (lower("email")) STORED,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "works" (
    "id" SERIAL NOT NULL,
    "creator_id" INTEGER NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "notes_begin" TEXT NOT NULL DEFAULT '',
    "notes_end" TEXT NOT NULL DEFAULT '',
    "language" VARCHAR(16) NOT NULL DEFAULT 'en',
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "comment_permission" "CommentPermission" NOT NULL DEFAULT 'REGISTERED',
    "moderate_comments" BOOLEAN NOT NULL DEFAULT false,
    "expected_chapters" INTEGER,
    "posted_chapters" INTEGER NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "word_count" INTEGER NOT NULL DEFAULT 0,
    "posted" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMP(3),
    "revised_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "kudos_count" INTEGER NOT NULL DEFAULT 0,
    "comments_count" INTEGER NOT NULL DEFAULT 0,
    "bookmarks_count" INTEGER NOT NULL DEFAULT 0,
    "hits_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "works_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chapters" (
    "id" SERIAL NOT NULL,
    "work_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" VARCHAR(255) NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "notes_begin" TEXT NOT NULL DEFAULT '',
    "notes_end" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "word_count" INTEGER NOT NULL DEFAULT 0,
    "posted" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "chapters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(150) NOT NULL,
    "name_key" TEXT NOT NULL GENERATED ALWAYS AS (lower("name")) STORED,
    "type" "TagType" NOT NULL,
    "canonical" BOOLEAN NOT NULL DEFAULT false,
    "synonym_of_id" INTEGER,
    "uses_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_tags" (
    "work_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,

    CONSTRAINT "work_tags_pkey" PRIMARY KEY ("work_id","tag_id")
);

-- CreateTable
CREATE TABLE "kudos" (
    "id" SERIAL NOT NULL,
    "work_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "guest_key" VARCHAR(64),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kudos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "work_id" INTEGER NOT NULL,
    "chapter_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "thread_id" INTEGER,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "author_id" INTEGER,
    "guest_name" VARCHAR(100),
    "guest_email" VARCHAR(254),
    "body" TEXT NOT NULL,
    "approved" BOOLEAN NOT NULL DEFAULT true,
    "edited_at" TIMESTAMP(3),
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookmarks" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "work_id" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "private" BOOLEAN NOT NULL DEFAULT false,
    "rec" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bookmarks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookmark_tags" (
    "bookmark_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,

    CONSTRAINT "bookmark_tags_pkey" PRIMARY KEY ("bookmark_id","tag_id")
);

-- CreateTable
CREATE TABLE "work_hits" (
    "work_id" INTEGER NOT NULL,
    "visitor_key" VARCHAR(64) NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "work_hits_pkey" PRIMARY KEY ("work_id","day","visitor_key")
);

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" SERIAL NOT NULL,
    "subscriber_id" INTEGER NOT NULL,
    "work_id" INTEGER,
    "subscribed_creator_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notices" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "work_id" INTEGER,
    "chapter_id" INTEGER,
    "comment_id" INTEGER,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key_key" ON "users"("username_key");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key_key" ON "users"("email_key");

-- CreateIndex
CREATE INDEX "works_posted_restricted_revised_at_id_idx" ON "works"("posted", "restricted", "revised_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "works_posted_restricted_published_at_id_idx" ON "works"("posted", "restricted", "published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "works_posted_restricted_kudos_count_id_idx" ON "works"("posted", "restricted", "kudos_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "works_posted_restricted_word_count_id_idx" ON "works"("posted", "restricted", "word_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "works_creator_id_revised_at_idx" ON "works"("creator_id", "revised_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "chapters_work_id_position_key" ON "chapters"("work_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "tags_name_key_key" ON "tags"("name_key");

-- CreateIndex
CREATE INDEX "tags_type_uses_count_idx" ON "tags"("type", "uses_count" DESC);

-- CreateIndex
CREATE INDEX "tags_synonym_of_id_idx" ON "tags"("synonym_of_id");

-- CreateIndex
CREATE INDEX "work_tags_tag_id_work_id_idx" ON "work_tags"("tag_id", "work_id");

-- CreateIndex
CREATE INDEX "kudos_work_id_created_at_idx" ON "kudos"("work_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "kudos_work_id_user_id_key" ON "kudos"("work_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "kudos_work_id_guest_key_key" ON "kudos"("work_id", "guest_key");

-- CreateIndex
CREATE INDEX "comments_chapter_id_created_at_idx" ON "comments"("chapter_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_work_id_created_at_idx" ON "comments"("work_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_parent_id_idx" ON "comments"("parent_id");

-- CreateIndex
CREATE INDEX "comments_thread_id_idx" ON "comments"("thread_id");

-- CreateIndex
CREATE INDEX "comments_author_id_created_at_idx" ON "comments"("author_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "bookmarks_work_id_idx" ON "bookmarks"("work_id");

-- CreateIndex
CREATE INDEX "bookmarks_user_id_created_at_idx" ON "bookmarks"("user_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "bookmarks_user_id_work_id_key" ON "bookmarks"("user_id", "work_id");

-- CreateIndex
CREATE INDEX "bookmark_tags_tag_id_idx" ON "bookmark_tags"("tag_id");

-- CreateIndex
CREATE INDEX "subscriptions_work_id_idx" ON "subscriptions"("work_id");

-- CreateIndex
CREATE INDEX "subscriptions_subscribed_creator_id_idx" ON "subscriptions"("subscribed_creator_id");

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_subscriber_id_work_id_key" ON "subscriptions"("subscriber_id", "work_id");

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_subscriber_id_subscribed_creator_id_key" ON "subscriptions"("subscriber_id", "subscribed_creator_id");

-- CreateIndex
CREATE INDEX "notices_user_id_created_at_idx" ON "notices"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notices_user_id_read_at_idx" ON "notices"("user_id", "read_at");

-- AddForeignKey
ALTER TABLE "works" ADD CONSTRAINT "works_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tags" ADD CONSTRAINT "tags_synonym_of_id_fkey" FOREIGN KEY ("synonym_of_id") REFERENCES "tags"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_tags" ADD CONSTRAINT "work_tags_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_tags" ADD CONSTRAINT "work_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_chapter_id_fkey" FOREIGN KEY ("chapter_id") REFERENCES "chapters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmark_tags" ADD CONSTRAINT "bookmark_tags_bookmark_id_fkey" FOREIGN KEY ("bookmark_id") REFERENCES "bookmarks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmark_tags" ADD CONSTRAINT "bookmark_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_hits" ADD CONSTRAINT "work_hits_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_subscribed_creator_id_fkey" FOREIGN KEY ("subscribed_creator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_chapter_id_fkey" FOREIGN KEY ("chapter_id") REFERENCES "chapters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_one_giver" CHECK (("user_id" IS NULL) <> ("guest_key" IS NULL));
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_one_target" CHECK (("work_id" IS NULL) <> ("subscribed_creator_id" IS NULL));
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_position_positive" CHECK ("position" > 0);
ALTER TABLE "works" ADD CONSTRAINT "works_counts_not_negative" CHECK (
  "kudos_count" >= 0 AND "comments_count" >= 0 AND "bookmarks_count" >= 0 AND "hits_count" >= 0
  AND "posted_chapters" >= 0 AND "word_count" >= 0);
ALTER TABLE "works" ADD CONSTRAINT "works_expected_chapters_positive" CHECK ("expected_chapters" IS NULL OR "expected_chapters" > 0);
