-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'SIGNED_FIRST', 'SIGNED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AgreementParty" AS ENUM ('FIRST', 'SECOND');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "headTitle" TEXT,
ADD COLUMN     "headUserId" UUID;

-- CreateTable
CREATE TABLE "PerformanceAgreementVersion" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT,
    "attitude" TEXT NOT NULL,
    "attention" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PerformanceAgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSignature" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "party" "AgreementParty" NOT NULL,
    "userId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "contentHash" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementSignature_pkey" PRIMARY KEY ("id")
);

-- Existing agreements (A3 text without recorded signatures) become version 1, a draft, tied to the
-- scorecard the official answers for: their own, else their unit's. Their signing date had no
-- signer, session or content behind it, so they are signed again in the app.
ALTER TABLE "PerformanceAgreement" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "scorecardId" UUID;

UPDATE "PerformanceAgreement" a SET "scorecardId" = COALESCE(
  (SELECT s."id" FROM "Scorecard" s WHERE s."ownerKey" = 'OFFICIAL:' || a."officialId" AND s."year" = a."year"),
  (SELECT s."id" FROM "Scorecard" s WHERE s."ownerKey" = 'ORG_UNIT:' || a."orgUnitId" AND s."year" = a."year"));

DELETE FROM "PerformanceAgreement" WHERE "scorecardId" IS NULL;

INSERT INTO "PerformanceAgreementVersion" ("id", "agreementId", "version", "attitude", "attention", "action", "content", "contentHash", "status", "updatedAt")
SELECT gen_random_uuid(), a."id", 1, a."attitude", a."attention", a."action", '{}'::jsonb, '', 'DRAFT', CURRENT_TIMESTAMP
FROM "PerformanceAgreement" a;

ALTER TABLE "PerformanceAgreement" ALTER COLUMN "scorecardId" SET NOT NULL,
DROP COLUMN "action",
DROP COLUMN "attention",
DROP COLUMN "attitude",
DROP COLUMN "evidenceUrl",
DROP COLUMN "lockedAt",
DROP COLUMN "signedAt";

-- The A3 text is at most 2000 characters a field; a PK Perubahan gives its reason.
ALTER TABLE "PerformanceAgreementVersion" ADD CONSTRAINT "PerformanceAgreementVersion_a3_length"
  CHECK (char_length("attitude") <= 2000 AND char_length("attention") <= 2000 AND char_length("action") <= 2000),
ADD CONSTRAINT "PerformanceAgreementVersion_version_check" CHECK ("version" >= 1),
ADD CONSTRAINT "PerformanceAgreementVersion_reason_check" CHECK ("version" = 1 OR "reason" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "PerformanceAgreementVersion_agreementId_version_key" ON "PerformanceAgreementVersion"("agreementId", "version");

-- CreateIndex
CREATE INDEX "AgreementSignature_userId_idx" ON "AgreementSignature"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementSignature_versionId_party_key" ON "AgreementSignature"("versionId", "party");

-- CreateIndex
CREATE INDEX "PerformanceAgreement_scorecardId_idx" ON "PerformanceAgreement"("scorecardId");

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_headUserId_fkey" FOREIGN KEY ("headUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceAgreement" ADD CONSTRAINT "PerformanceAgreement_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceAgreementVersion" ADD CONSTRAINT "PerformanceAgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "PerformanceAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceAgreementVersion" ADD CONSTRAINT "PerformanceAgreementVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PerformanceAgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
