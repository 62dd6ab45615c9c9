-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('draft', 'submitted', 'changes_requested', 'approved', 'printed', 'posted', 'returned', 'rejected');

-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('letter', 'closing');

-- CreateEnum
CREATE TYPE "ReplyStatus" AS ENUM ('screening', 'delivered', 'withheld');

-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "maxPages" INTEGER,
ADD COLUMN     "noGreetingCards" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "photosAccepted" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "postcardsOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rulesCheckedAt" TIMESTAMP(3),
ADD COLUMN     "rulesSource" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "lettersPausedAt" TIMESTAMP(3),
ADD COLUMN     "lettersPausedReason" TEXT;

-- AlterTable
ALTER TABLE "ProfileReport" ADD COLUMN     "letterId" TEXT,
ADD COLUMN     "replyId" TEXT;

-- CreateTable
CREATE TABLE "Thread" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "replyCode" TEXT NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "stopReason" TEXT,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL DEFAULT 'letter',
    "body" TEXT NOT NULL DEFAULT '',
    "status" "LetterStatus" NOT NULL DEFAULT 'draft',
    "flags" TEXT NOT NULL DEFAULT '[]',
    "reasonCode" TEXT,
    "note" TEXT,
    "sheets" INTEGER,
    "batchId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "postedAt" TIMESTAMP(3),
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterEvent" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "status" "LetterStatus" NOT NULL,
    "reasonCode" TEXT,
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "sheets" INTEGER NOT NULL DEFAULT 0,
    "postageCents" INTEGER NOT NULL DEFAULT 0,
    "printedAt" TIMESTAMP(3),
    "postedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reply" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "status" "ReplyStatus" NOT NULL DEFAULT 'delivered',
    "flags" TEXT NOT NULL DEFAULT '[]',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "readAt" TIMESTAMP(3),
    "enteredById" TEXT,
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyScan" (
    "id" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Thread_replyCode_key" ON "Thread"("replyCode");

-- CreateIndex
CREATE INDEX "Thread_userId_lastActivityAt_idx" ON "Thread"("userId", "lastActivityAt");

-- CreateIndex
CREATE UNIQUE INDEX "Thread_userId_profileId_key" ON "Thread"("userId", "profileId");

-- CreateIndex
CREATE INDEX "Letter_threadId_createdAt_idx" ON "Letter"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "Letter_status_submittedAt_idx" ON "Letter"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Letter_batchId_idx" ON "Letter"("batchId");

-- CreateIndex
CREATE INDEX "LetterEvent_letterId_createdAt_idx" ON "LetterEvent"("letterId", "createdAt");

-- CreateIndex
CREATE INDEX "Batch_postedAt_idx" ON "Batch"("postedAt");

-- CreateIndex
CREATE INDEX "Reply_threadId_receivedAt_idx" ON "Reply"("threadId", "receivedAt");

-- CreateIndex
CREATE INDEX "Reply_status_createdAt_idx" ON "Reply"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReplyScan_fileName_key" ON "ReplyScan"("fileName");

-- CreateIndex
CREATE INDEX "ReplyScan_replyId_idx" ON "ReplyScan"("replyId");

-- AddForeignKey
ALTER TABLE "ProfileReport" ADD CONSTRAINT "ProfileReport_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileReport" ADD CONSTRAINT "ProfileReport_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterEvent" ADD CONSTRAINT "LetterEvent_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reply" ADD CONSTRAINT "Reply_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyScan" ADD CONSTRAINT "ReplyScan_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

