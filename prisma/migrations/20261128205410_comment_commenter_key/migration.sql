-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "commenterKeyHash" TEXT;

-- CreateIndex
CREATE INDEX "Comment_commenterKeyHash_status_idx" ON "Comment"("commenterKeyHash", "status");

