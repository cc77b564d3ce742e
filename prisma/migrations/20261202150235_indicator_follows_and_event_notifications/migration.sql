-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'DIRECTIVE_ASSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOW_UP_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'INDICATOR_RED';

-- CreateTable
CREATE TABLE "IndicatorFollow" (
    "userId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorFollow_pkey" PRIMARY KEY ("userId","indicatorId")
);

-- CreateIndex
CREATE INDEX "IndicatorFollow_indicatorId_idx" ON "IndicatorFollow"("indicatorId");

-- AddForeignKey
ALTER TABLE "IndicatorFollow" ADD CONSTRAINT "IndicatorFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFollow" ADD CONSTRAINT "IndicatorFollow_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
