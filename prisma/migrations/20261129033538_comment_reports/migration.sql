-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProfileReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "profileId" TEXT,
    "commentId" TEXT,
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
    CONSTRAINT "ProfileReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProfileReport_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProfileReport_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProfileReport" ("createdAt", "details", "id", "letterId", "outcome", "outcomeNote", "profileId", "reason", "replyId", "reporterEmail", "reporterName", "resolvedAt", "resolvedById", "status") SELECT "createdAt", "details", "id", "letterId", "outcome", "outcomeNote", "profileId", "reason", "replyId", "reporterEmail", "reporterName", "resolvedAt", "resolvedById", "status" FROM "ProfileReport";
DROP TABLE "ProfileReport";
ALTER TABLE "new_ProfileReport" RENAME TO "ProfileReport";
CREATE INDEX "ProfileReport_status_createdAt_idx" ON "ProfileReport"("status", "createdAt");
CREATE INDEX "ProfileReport_profileId_idx" ON "ProfileReport"("profileId");
CREATE INDEX "ProfileReport_commentId_idx" ON "ProfileReport"("commentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

