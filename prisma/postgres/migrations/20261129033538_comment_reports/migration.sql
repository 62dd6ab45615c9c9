-- AlterTable
ALTER TABLE "ProfileReport" ADD COLUMN     "commentId" TEXT,
ALTER COLUMN "profileId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "ProfileReport_commentId_idx" ON "ProfileReport"("commentId");

-- AddForeignKey
ALTER TABLE "ProfileReport" ADD CONSTRAINT "ProfileReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

