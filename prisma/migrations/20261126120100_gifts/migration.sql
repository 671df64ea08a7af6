-- Gifts (AO3): a work given to users. A refused gift keeps its row (refused_at set) so it
-- disappears from the work and the recipient's gifts page and cannot simply be given again.
CREATE TABLE "gifts" (
    "id" SERIAL NOT NULL,
    "work_id" INTEGER NOT NULL,
    "recipient_id" INTEGER NOT NULL,
    "refused_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gifts_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "gifts_work_id_recipient_id_key" ON "gifts"("work_id", "recipient_id");
CREATE INDEX "gifts_recipient_id_created_at_idx" ON "gifts"("recipient_id", "created_at" DESC);

ALTER TABLE "gifts" ADD CONSTRAINT "gifts_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TYPE "NoticeKind" ADD VALUE 'GIFT';
