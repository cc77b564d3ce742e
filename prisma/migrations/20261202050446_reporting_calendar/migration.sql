-- The reporting calendar per frequency replaces TenantSettings."reportDueDay"; an administrator can
-- reopen one OPD's period after it locked itself.

-- CreateTable
CREATE TABLE "ReportingCalendar" (
    "tenantId" UUID NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "openDay" INTEGER NOT NULL DEFAULT 1,
    "dueDay" INTEGER NOT NULL DEFAULT 10,
    "graceDays" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingCalendar_pkey" PRIMARY KEY ("tenantId","frequency")
);

-- Every frequency keeps the due day the tenant had; the window opens on the 1st; no automatic lock.
INSERT INTO "ReportingCalendar" ("tenantId", "frequency", "openDay", "dueDay", "graceDays", "updatedAt")
SELECT s."tenantId", f."frequency", 1, s."reportDueDay", NULL, CURRENT_TIMESTAMP
FROM "TenantSettings" s
CROSS JOIN (SELECT unnest(enum_range(NULL::"Frequency")) AS "frequency") f;

-- The column's check is part of the settings' rules: drop them with it and restore the others.
ALTER TABLE "TenantSettings" DROP CONSTRAINT "TenantSettings_rules";

-- AlterTable
ALTER TABLE "TenantSettings" DROP COLUMN "reportDueDay";

ALTER TABLE "TenantSettings" ADD CONSTRAINT "TenantSettings_rules" CHECK (
  "achievementCap" > 0
  AND "bandGreenMin" >= "bandYellowMin"
  AND "predikatSangatBaikMin" >= "predikatBaikMin"
  AND "predikatBaikMin" >= "predikatCukupMin"
  AND "predikatCukupMin" >= "predikatKurangMin"
  AND "rankingWeightScore" >= 0 AND "rankingWeightBudget" >= 0 AND "rankingWeightTimeliness" >= 0
  AND ("rankingWeightScore" + "rankingWeightBudget" + "rankingWeightTimeliness") > 0
  AND "budgetCriticalDeviation" <= "budgetWarningDeviation"
);

-- Days of the month after the period (28 is the last day every month has); the window opens no
-- later than the due day; grace is at most 90 days.
ALTER TABLE "ReportingCalendar" ADD CONSTRAINT "ReportingCalendar_days" CHECK (
  "openDay" BETWEEN 1 AND 28
  AND "dueDay" BETWEEN 1 AND 28
  AND "openDay" <= "dueDay"
  AND ("graceDays" IS NULL OR "graceDays" BETWEEN 0 AND 90)
);

-- CreateTable
CREATE TABLE "PeriodReopening" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "reopenedById" UUID,
    "reopenedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodReopening_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_month" CHECK ("month" BETWEEN 1 AND 12);

-- CreateIndex
CREATE INDEX "PeriodReopening_tenantId_year_month_idx" ON "PeriodReopening"("tenantId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodReopening_orgUnitId_year_month_key" ON "PeriodReopening"("orgUnitId", "year", "month");

-- AddForeignKey
ALTER TABLE "ReportingCalendar" ADD CONSTRAINT "ReportingCalendar_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "TenantSettings"("tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
