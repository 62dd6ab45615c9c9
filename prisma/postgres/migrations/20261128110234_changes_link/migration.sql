-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "changesTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "changesTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Profile_changesTokenHash_key" ON "Profile"("changesTokenHash");

