-- CreateTable
CREATE TABLE "Facility" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "addressLines" TEXT NOT NULL,
    "mailScanned" BOOLEAN NOT NULL DEFAULT false,
    "scanAddressLines" TEXT,
    "photoRules" TEXT NOT NULL DEFAULT '',
    "messagingVendor" TEXT NOT NULL DEFAULT 'none',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "inmateNumber" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "housingUnit" TEXT,
    "photoPath" TEXT,
    "birthDate" DATETIME NOT NULL,
    "gender" TEXT NOT NULL,
    "raceEthnicity" TEXT,
    "releaseDate" DATETIME,
    "offense" TEXT NOT NULL,
    "bio" TEXT NOT NULL,
    "interests" TEXT NOT NULL DEFAULT '',
    "seeking" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "statusReason" TEXT,
    "listedAt" DATETIME,
    "verifiedAt" DATETIME,
    "expiresAt" DATETIME,
    "submitterName" TEXT NOT NULL,
    "submitterEmail" TEXT NOT NULL,
    "submitterRelationship" TEXT NOT NULL,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Profile_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProfileTag" (
    "profileId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("profileId", "kind", "value"),
    CONSTRAINT "ProfileTag_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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


-- Full-text search over profiles (FTS5), kept in step with Profile by triggers. Prisma does not model it.
CREATE VIRTUAL TABLE "ProfileSearch" USING fts5("profileId" UNINDEXED, "document", tokenize = 'porter unicode61');

CREATE TRIGGER "Profile_search_insert" AFTER INSERT ON "Profile" BEGIN
  INSERT INTO "ProfileSearch" ("profileId", "document")
  VALUES (NEW."id", NEW."displayName" || ' ' || NEW."bio" || ' ' || replace(replace(NEW."interests", ',', ' '), '-', ' '));
END;

CREATE TRIGGER "Profile_search_update" AFTER UPDATE OF "displayName", "bio", "interests" ON "Profile" BEGIN
  UPDATE "ProfileSearch"
  SET "document" = NEW."displayName" || ' ' || NEW."bio" || ' ' || replace(replace(NEW."interests", ',', ' '), '-', ' ')
  WHERE "profileId" = NEW."id";
END;

CREATE TRIGGER "Profile_search_delete" AFTER DELETE ON "Profile" BEGIN
  DELETE FROM "ProfileSearch" WHERE "profileId" = OLD."id";
END;
