-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "consentConfirmedAt" TIMESTAMP(3);


-- Profiles submitted with consent before this column: confirmed when submitted.
UPDATE "Profile" SET "consentConfirmedAt" = "createdAt" WHERE "consentGiven" = true;
