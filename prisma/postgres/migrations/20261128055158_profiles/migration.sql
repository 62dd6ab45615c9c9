-- CreateTable
CREATE TABLE "Facility" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "addressLines" TEXT NOT NULL,
    "mailScanned" BOOLEAN NOT NULL DEFAULT false,
    "scanAddressLines" TEXT,
    "photoRules" TEXT NOT NULL DEFAULT '',
    "messagingVendor" TEXT NOT NULL DEFAULT 'none',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "inmateNumber" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "housingUnit" TEXT,
    "photoPath" TEXT,
    "birthDate" TIMESTAMP(3) NOT NULL,
    "gender" TEXT NOT NULL,
    "raceEthnicity" TEXT,
    "releaseDate" TIMESTAMP(3),
    "offense" TEXT NOT NULL,
    "bio" TEXT NOT NULL,
    "interests" TEXT NOT NULL DEFAULT '',
    "seeking" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "statusReason" TEXT,
    "listedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "submitterName" TEXT NOT NULL,
    "submitterEmail" TEXT NOT NULL,
    "submitterRelationship" TEXT NOT NULL,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileTag" (
    "profileId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ProfileTag_pkey" PRIMARY KEY ("profileId","kind","value")
);

-- CreateIndex
CREATE INDEX "Facility_state_idx" ON "Facility"("state");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_slug_key" ON "Profile"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_reference_key" ON "Profile"("reference");

-- CreateIndex
CREATE INDEX "Profile_status_expiresAt_listedAt_idx" ON "Profile"("status", "expiresAt", "listedAt");

-- CreateIndex
CREATE INDEX "Profile_status_expiresAt_verifiedAt_idx" ON "Profile"("status", "expiresAt", "verifiedAt");

-- CreateIndex
CREATE INDEX "Profile_status_expiresAt_releaseDate_idx" ON "Profile"("status", "expiresAt", "releaseDate");

-- CreateIndex
CREATE INDEX "Profile_status_state_idx" ON "Profile"("status", "state");

-- CreateIndex
CREATE INDEX "Profile_status_gender_birthDate_idx" ON "Profile"("status", "gender", "birthDate");

-- CreateIndex
CREATE INDEX "ProfileTag_kind_value_profileId_idx" ON "ProfileTag"("kind", "value", "profileId");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileTag" ADD CONSTRAINT "ProfileTag_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search over profiles: a generated tsvector with a GIN index. Prisma does not model it.
-- (No semicolons inside statements or comments: the adapter splits the script on them.)
ALTER TABLE "Profile" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("displayName", '')), 'A') ||
  setweight(to_tsvector('english', replace(replace(coalesce("interests", ''), ',', ' '), '-', ' ')), 'A') ||
  setweight(to_tsvector('english', coalesce("bio", '')), 'B')
) STORED;

CREATE INDEX "Profile_searchVector_idx" ON "Profile" USING GIN ("searchVector");
