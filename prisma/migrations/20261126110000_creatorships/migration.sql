-- Co-creators. A work's creators are its ACCEPTED creatorships; an INVITED one is a pending
-- invitation and gives no rights. works.creator_id stays: the primary creator (the one who
-- posted, or the earliest remaining creator after they leave), always one of the accepted ones.
CREATE TYPE "CreatorshipStatus" AS ENUM ('INVITED', 'ACCEPTED');

ALTER TYPE "NoticeKind" ADD VALUE IF NOT EXISTS 'CREATOR_INVITATION';

CREATE TABLE "creatorships" (
    "id" SERIAL NOT NULL,
    "work_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "status" "CreatorshipStatus" NOT NULL DEFAULT 'INVITED',
    -- Null for the work's first creator, and once the inviter's account is gone.
    "invited_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accepted_at" TIMESTAMP(3),

    CONSTRAINT "creatorships_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "creatorships_accepted_at" CHECK (("status" = 'ACCEPTED') = ("accepted_at" IS NOT NULL)),
    CONSTRAINT "creatorships_not_self_invited" CHECK ("invited_by_id" IS DISTINCT FROM "user_id")
);

CREATE UNIQUE INDEX "creatorships_work_id_user_id_key" ON "creatorships"("work_id", "user_id");
-- "Works by <user>" (profile listings, drafts) walks from the user to the works.
CREATE INDEX "creatorships_user_id_status_work_id_idx" ON "creatorships"("user_id", "status", "work_id");
CREATE INDEX "creatorships_invited_by_id_idx" ON "creatorships"("invited_by_id");

ALTER TABLE "creatorships" ADD CONSTRAINT "creatorships_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "creatorships" ADD CONSTRAINT "creatorships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "creatorships" ADD CONSTRAINT "creatorships_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every existing work's creator is its first accepted creator.
INSERT INTO "creatorships" ("work_id", "user_id", "status", "created_at", "accepted_at")
SELECT "id", "creator_id", 'ACCEPTED', "created_at", "created_at" FROM "works" ORDER BY "id";

-- A new work's creator becomes its first accepted creatorship in the same statement, whoever
-- inserts it (postWork, the e2e fixtures, the benchmark seeder), so no work is ever without one.
-- A restore disables user triggers and loads the creatorships table as it was.
CREATE FUNCTION "works_add_first_creator"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "creatorships" ("work_id", "user_id", "status", "created_at", "accepted_at")
  VALUES (NEW."id", NEW."creator_id", 'ACCEPTED', NEW."created_at", NEW."created_at")
  ON CONFLICT ("work_id", "user_id") DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "works_add_first_creator" AFTER INSERT ON "works"
FOR EACH ROW EXECUTE FUNCTION "works_add_first_creator"();
