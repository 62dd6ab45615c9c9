-- AlterTable
ALTER TABLE "Profile" ADD COLUMN "changesTokenExpiresAt" DATETIME;
ALTER TABLE "Profile" ADD COLUMN "changesTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Profile_changesTokenHash_key" ON "Profile"("changesTokenHash");

