-- CreateTable
CREATE TABLE "BoardCount" (
    "ownerId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "due" INTEGER NOT NULL,
    "saved" INTEGER NOT NULL,
    "submitted" INTEGER NOT NULL,
    "verified" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "verifiedLate" INTEGER NOT NULL,
    "operatorIds" UUID[],

    CONSTRAINT "BoardCount_pkey" PRIMARY KEY ("ownerId","year","month","frequency")
);

-- CreateIndex
CREATE INDEX "BoardCount_tenantId_year_month_idx" ON "BoardCount"("tenantId", "year", "month");
