-- CreateTable
CREATE TABLE "ScopeMonthStats" (
    "scopeId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "reportsDue" INTEGER NOT NULL DEFAULT 0,
    "reportsOnTime" INTEGER NOT NULL DEFAULT 0,
    "budgetLines" INTEGER NOT NULL DEFAULT 0,
    "pagu" BIGINT NOT NULL DEFAULT 0,
    "plannedSpend" BIGINT NOT NULL DEFAULT 0,
    "realisedSpend" BIGINT NOT NULL DEFAULT 0,
    "plannedPhysicalWeighted" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "realisedPhysicalWeighted" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "ScopeMonthStats_pkey" PRIMARY KEY ("scopeId","year","month")
);

-- CreateTable
CREATE TABLE "ScopeCursor" (
    "scopeId" UUID NOT NULL,
    "seq" BIGINT NOT NULL,

    CONSTRAINT "ScopeCursor_pkey" PRIMARY KEY ("scopeId")
);

-- CreateIndex
CREATE INDEX "ScopeMonthStats_tenantId_year_idx" ON "ScopeMonthStats"("tenantId", "year");
