-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "baseline" DOUBLE PRECISION,
ADD COLUMN     "formula" TEXT;

-- AlterTable
ALTER TABLE "Objective" ADD COLUMN     "goalId" UUID;

-- CreateTable
CREATE TABLE "PlanGoal" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTarget" (
    "indicatorId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,

    CONSTRAINT "PlanTarget_pkey" PRIMARY KEY ("indicatorId","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanGoal_planId_code_key" ON "PlanGoal"("planId", "code");

-- CreateIndex
CREATE INDEX "Objective_goalId_idx" ON "Objective"("goalId");

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PlanGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
