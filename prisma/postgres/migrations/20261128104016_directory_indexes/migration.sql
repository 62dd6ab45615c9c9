-- DropIndex
DROP INDEX "Profile_status_expiresAt_listedAt_idx";

-- DropIndex
DROP INDEX "Profile_status_expiresAt_verifiedAt_idx";

-- DropIndex
DROP INDEX "Profile_status_expiresAt_releaseDate_idx";

-- DropIndex
DROP INDEX "Profile_status_state_idx";

-- DropIndex
DROP INDEX "Profile_status_gender_birthDate_idx";

-- CreateIndex
CREATE INDEX "Profile_status_listedAt_id_expiresAt_idx" ON "Profile"("status", "listedAt" DESC, "id", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_status_verifiedAt_id_expiresAt_idx" ON "Profile"("status", "verifiedAt" DESC, "id", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_status_releaseDate_id_expiresAt_idx" ON "Profile"("status", "releaseDate", "id", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_status_state_expiresAt_idx" ON "Profile"("status", "state", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_status_gender_birthDate_expiresAt_idx" ON "Profile"("status", "gender", "birthDate", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_status_birthDate_expiresAt_idx" ON "Profile"("status", "birthDate", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_status_photoPath_expiresAt_idx" ON "Profile"("status", "photoPath", "expiresAt");

-- CreateIndex
CREATE INDEX "Profile_id_status_expiresAt_listedAt_verifiedAt_releaseDate_idx" ON "Profile"("id", "status", "expiresAt", "listedAt", "verifiedAt", "releaseDate");

