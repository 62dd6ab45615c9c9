-- AlterTable
ALTER TABLE "Profile" ADD COLUMN "lettersPausedAt" DATETIME;
ALTER TABLE "Profile" ADD COLUMN "lettersPausedReason" TEXT;

-- CreateTable
CREATE TABLE "Thread" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "replyCode" TEXT NOT NULL,
    "stoppedAt" DATETIME,
    "stopReason" TEXT,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Thread_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Thread_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'letter',
    "body" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "flags" TEXT NOT NULL DEFAULT '[]',
    "reasonCode" TEXT,
    "note" TEXT,
    "sheets" INTEGER,
    "batchId" TEXT,
    "submittedAt" DATETIME,
    "postedAt" DATETIME,
    "erasedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Letter_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Letter_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LetterEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reasonCode" TEXT,
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LetterEvent_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdById" TEXT,
    "sheets" INTEGER NOT NULL DEFAULT 0,
    "postageCents" INTEGER NOT NULL DEFAULT 0,
    "printedAt" DATETIME,
    "postedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Reply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'delivered',
    "flags" TEXT NOT NULL DEFAULT '[]',
    "receivedAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    "enteredById" TEXT,
    "erasedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reply_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReplyScan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "replyId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReplyScan_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Facility" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "addressLines" TEXT NOT NULL,
    "mailScanned" BOOLEAN NOT NULL DEFAULT false,
    "scanAddressLines" TEXT,
    "photoRules" TEXT NOT NULL DEFAULT '',
    "postcardsOnly" BOOLEAN NOT NULL DEFAULT false,
    "maxPages" INTEGER,
    "noGreetingCards" BOOLEAN NOT NULL DEFAULT false,
    "photosAccepted" BOOLEAN NOT NULL DEFAULT true,
    "rulesCheckedAt" DATETIME,
    "rulesSource" TEXT NOT NULL DEFAULT '',
    "messagingVendor" TEXT NOT NULL DEFAULT 'none',
    "notes" TEXT NOT NULL DEFAULT '',
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Facility" ("addressLines", "createdAt", "id", "mailScanned", "messagingVendor", "name", "notes", "photoRules", "reviewedAt", "scanAddressLines", "state", "updatedAt") SELECT "addressLines", "createdAt", "id", "mailScanned", "messagingVendor", "name", "notes", "photoRules", "reviewedAt", "scanAddressLines", "state", "updatedAt" FROM "Facility";
DROP TABLE "Facility";
ALTER TABLE "new_Facility" RENAME TO "Facility";
CREATE INDEX "Facility_state_idx" ON "Facility"("state");
CREATE TABLE "new_ProfileReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "reporterName" TEXT NOT NULL DEFAULT '',
    "reporterEmail" TEXT NOT NULL DEFAULT '',
    "letterId" TEXT,
    "replyId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "outcome" TEXT,
    "outcomeNote" TEXT NOT NULL DEFAULT '',
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProfileReport_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProfileReport_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProfileReport_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProfileReport" ("createdAt", "details", "id", "outcome", "outcomeNote", "profileId", "reason", "reporterEmail", "reporterName", "resolvedAt", "resolvedById", "status") SELECT "createdAt", "details", "id", "outcome", "outcomeNote", "profileId", "reason", "reporterEmail", "reporterName", "resolvedAt", "resolvedById", "status" FROM "ProfileReport";
DROP TABLE "ProfileReport";
ALTER TABLE "new_ProfileReport" RENAME TO "ProfileReport";
CREATE INDEX "ProfileReport_status_createdAt_idx" ON "ProfileReport"("status", "createdAt");
CREATE INDEX "ProfileReport_profileId_idx" ON "ProfileReport"("profileId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

