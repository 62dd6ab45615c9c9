-- Statuses become enum types. Prisma's diff dropped and re-added each status column, which would have lost every
-- row's status: each column is instead converted in place (ALTER ... TYPE ... USING), which keeps the values and
-- rebuilds the indexes that include it under their own names. The default is dropped first because PostgreSQL cannot
-- carry a text default across to an enum by itself. A status outside the enum makes the cast fail and the whole
-- migration roll back (hence BEGIN and COMMIT: the runner sends each statement separately on one connection).
-- "expired" is no longer stored (an expired listing is a published one past expiresAt): such rows become published
-- with their past expiresAt kept, so they stay out of the directory. One with no date or a future one (only a hand
-- edit could make that) gets now as its end, so none of them reappears in the directory.
BEGIN;

UPDATE "Profile"
SET "status" = 'published',
    "expiresAt" = CASE WHEN "expiresAt" IS NULL OR "expiresAt" > (now() AT TIME ZONE 'UTC') THEN date_trunc('milliseconds', now() AT TIME ZONE 'UTC') ELSE "expiresAt" END
WHERE "status" = 'expired';

-- CreateEnum
CREATE TYPE "CommentStatus" AS ENUM ('pending', 'approved', 'spam', 'trash');

-- CreateEnum
CREATE TYPE "ProfileStatus" AS ENUM ('pending', 'changes_requested', 'published', 'rejected', 'released', 'transferred', 'taken_down');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'resolved');

-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Comment" ALTER COLUMN "status" SET DATA TYPE "CommentStatus" USING "status"::"CommentStatus";
ALTER TABLE "Comment" ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "Comment" ALTER COLUMN "statusBeforeTrash" SET DATA TYPE "CommentStatus" USING "statusBeforeTrash"::"CommentStatus";

-- AlterTable
ALTER TABLE "Profile" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Profile" ALTER COLUMN "status" SET DATA TYPE "ProfileStatus" USING "status"::"ProfileStatus";
ALTER TABLE "Profile" ALTER COLUMN "status" SET DEFAULT 'pending';

-- AlterTable
ALTER TABLE "ProfileReport" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "ProfileReport" ALTER COLUMN "status" SET DATA TYPE "ReportStatus" USING "status"::"ReportStatus";
ALTER TABLE "ProfileReport" ALTER COLUMN "status" SET DEFAULT 'open';

COMMIT;
