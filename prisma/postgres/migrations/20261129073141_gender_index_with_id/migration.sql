-- DropIndex
DROP INDEX "Profile_status_gender_birthDate_expiresAt_idx";

-- CreateIndex
CREATE INDEX "Profile_status_gender_birthDate_expiresAt_id_idx" ON "Profile"("status", "gender", "birthDate", "expiresAt", "id");

