-- CreateEnum
CREATE TYPE "SkpPlanStatus" AS ENUM ('DRAFT', 'AGREED');

-- CreateEnum
CREATE TYPE "SkpPeriod" AS ENUM ('Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL');

-- CreateEnum
CREATE TYPE "SkpRating" AS ENUM ('ABOVE', 'MEETS', 'BELOW');

-- CreateEnum
CREATE TYPE "SkpPredicate" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "BerakhlakAspect" AS ENUM ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');

-- CreateTable
CREATE TABLE "SkpPlan" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "officialId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "SkpPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkpPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RencanaHasilKerja" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "parentRhkId" UUID,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RencanaHasilKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RhkIndicator" (
    "id" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RhkIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RhkIndicatorLink" (
    "rhkId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,

    CONSTRAINT "RhkIndicatorLink_pkey" PRIMARY KEY ("rhkId","indicatorId")
);

-- CreateTable
CREATE TABLE "SkpEvaluation" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "period" "SkpPeriod" NOT NULL,
    "hasilKerja" "SkpRating",
    "perilakuKerja" "SkpRating",
    "predicate" "SkpPredicate",
    "feedback" TEXT,
    "ratedById" UUID,
    "ratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkpEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkpBehaviourRating" (
    "evaluationId" UUID NOT NULL,
    "aspect" "BerakhlakAspect" NOT NULL,
    "rating" "SkpRating" NOT NULL,
    "feedback" TEXT,

    CONSTRAINT "SkpBehaviourRating_pkey" PRIMARY KEY ("evaluationId","aspect")
);

-- CreateTable
CREATE TABLE "SkpRealisation" (
    "evaluationId" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "realisation" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "evidenceText" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkpRealisation_pkey" PRIMARY KEY ("evaluationId","rhkId")
);

-- CreateIndex
CREATE INDEX "SkpPlan_orgUnitId_year_idx" ON "SkpPlan"("orgUnitId", "year");

-- CreateIndex
CREATE INDEX "SkpPlan_tenantId_year_idx" ON "SkpPlan"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SkpPlan_officialId_year_key" ON "SkpPlan"("officialId", "year");

-- CreateIndex
CREATE INDEX "RencanaHasilKerja_planId_sortOrder_idx" ON "RencanaHasilKerja"("planId", "sortOrder");

-- CreateIndex
CREATE INDEX "RencanaHasilKerja_parentRhkId_idx" ON "RencanaHasilKerja"("parentRhkId");

-- CreateIndex
CREATE INDEX "RhkIndicator_rhkId_sortOrder_idx" ON "RhkIndicator"("rhkId", "sortOrder");

-- CreateIndex
CREATE INDEX "RhkIndicatorLink_indicatorId_idx" ON "RhkIndicatorLink"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "SkpEvaluation_planId_period_key" ON "SkpEvaluation"("planId", "period");

-- CreateIndex
CREATE INDEX "SkpRealisation_rhkId_idx" ON "SkpRealisation"("rhkId");

-- AddForeignKey
ALTER TABLE "SkpPlan" ADD CONSTRAINT "SkpPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpPlan" ADD CONSTRAINT "SkpPlan_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpPlan" ADD CONSTRAINT "SkpPlan_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaHasilKerja" ADD CONSTRAINT "RencanaHasilKerja_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SkpPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaHasilKerja" ADD CONSTRAINT "RencanaHasilKerja_parentRhkId_fkey" FOREIGN KEY ("parentRhkId") REFERENCES "RencanaHasilKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkIndicator" ADD CONSTRAINT "RhkIndicator_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "RencanaHasilKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkIndicatorLink" ADD CONSTRAINT "RhkIndicatorLink_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "RencanaHasilKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkIndicatorLink" ADD CONSTRAINT "RhkIndicatorLink_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpEvaluation" ADD CONSTRAINT "SkpEvaluation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SkpPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpEvaluation" ADD CONSTRAINT "SkpEvaluation_ratedById_fkey" FOREIGN KEY ("ratedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpBehaviourRating" ADD CONSTRAINT "SkpBehaviourRating_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "SkpEvaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpRealisation" ADD CONSTRAINT "SkpRealisation_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "SkpEvaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkpRealisation" ADD CONSTRAINT "SkpRealisation_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "RencanaHasilKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- SKP years are calendar years a plan can cover.
ALTER TABLE "SkpPlan" ADD CONSTRAINT "SkpPlan_year_check" CHECK ("year" BETWEEN 2000 AND 2100);

-- A rated appraisal carries both ratings and the predikat of the PermenPANRB 6/2022 matrix;
-- an unrated one carries none of them.
ALTER TABLE "SkpEvaluation" ADD CONSTRAINT "SkpEvaluation_rated_check"
  CHECK (("hasilKerja" IS NULL) = ("perilakuKerja" IS NULL) AND ("hasilKerja" IS NULL) = ("predicate" IS NULL));
ALTER TABLE "SkpEvaluation" ADD CONSTRAINT "SkpEvaluation_predicate_check"
  CHECK ("predicate" IS NULL OR "predicate"::text = CASE
    WHEN "hasilKerja" = 'BELOW' AND "perilakuKerja" = 'BELOW' THEN 'SANGAT_KURANG'
    WHEN "hasilKerja" = 'BELOW' THEN 'KURANG'
    WHEN "perilakuKerja" = 'BELOW' THEN 'BUTUH_PERBAIKAN'
    WHEN "hasilKerja" = 'ABOVE' AND "perilakuKerja" = 'ABOVE' THEN 'SANGAT_BAIK'
    ELSE 'BAIK' END);
