-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "interestBits" BIGINT NOT NULL DEFAULT 0;

-- Backfill: each curated interest's bit (lib/profiles/interest-bits.ts), from the profile's interest tags.
UPDATE "Profile" SET "interestBits" = (
  SELECT COALESCE(SUM(CASE t."value"
    WHEN 'art' THEN 1
    WHEN 'basketball' THEN 2
    WHEN 'bible-study' THEN 4
    WHEN 'books' THEN 8
    WHEN 'chess' THEN 16
    WHEN 'cooking' THEN 32
    WHEN 'country-music' THEN 64
    WHEN 'crochet' THEN 128
    WHEN 'current-events' THEN 256
    WHEN 'drawing' THEN 512
    WHEN 'fantasy' THEN 1024
    WHEN 'fitness' THEN 2048
    WHEN 'football' THEN 4096
    WHEN 'gardening' THEN 8192
    WHEN 'genealogy' THEN 16384
    WHEN 'guitar' THEN 32768
    WHEN 'hip-hop' THEN 65536
    WHEN 'history' THEN 131072
    WHEN 'horror' THEN 262144
    WHEN 'languages' THEN 524288
    WHEN 'law' THEN 1048576
    WHEN 'math' THEN 2097152
    WHEN 'meditation' THEN 4194304
    WHEN 'movies' THEN 8388608
    WHEN 'mythology' THEN 16777216
    WHEN 'nature' THEN 33554432
    WHEN 'philosophy' THEN 67108864
    WHEN 'poetry' THEN 134217728
    WHEN 'psychology' THEN 268435456
    WHEN 'puzzles' THEN 536870912
    WHEN 'r-and-b' THEN 1073741824
    WHEN 'rock-music' THEN 2147483648
    WHEN 'science' THEN 4294967296
    WHEN 'sci-fi' THEN 8589934592
    WHEN 'soccer' THEN 17179869184
    WHEN 'spanish' THEN 34359738368
    WHEN 'spirituality' THEN 68719476736
    WHEN 'tattoo-art' THEN 137438953472
    WHEN 'travel' THEN 274877906944
    WHEN 'writing' THEN 549755813888
    ELSE 0 END), 0)
  FROM "ProfileTag" t WHERE t."profileId" = "Profile"."id" AND t."kind" = 'interest'
);


-- DropIndex
DROP INDEX "Profile_id_status_expiresAt_listedAt_verifiedAt_releaseDate_idx";

-- CreateIndex
CREATE INDEX "Profile_id_status_expiresAt_listedAt_verifiedAt_releaseDate_idx" ON "Profile"("id", "status", "expiresAt", "listedAt", "verifiedAt", "releaseDate", "interestBits");

-- CreateIndex
CREATE INDEX "Profile_interestBits_id_idx" ON "Profile"("interestBits", "id");
