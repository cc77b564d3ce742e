-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TenantKind" AS ENUM ('PROVINCE', 'REGENCY', 'CITY');

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('OPD', 'DIVISION', 'SECTION');

-- CreateEnum
CREATE TYPE "PositionLevel" AS ENUM ('JPT', 'ADMINISTRATOR', 'SUPERVISOR', 'STAFF');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('RPJMD', 'RENSTRA');

-- CreateEnum
CREATE TYPE "ScorecardOwnerKind" AS ENUM ('TENANT', 'ORG_UNIT', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "Perspective" AS ENUM ('STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('MAXIMIZE', 'MINIMIZE', 'STABILIZE');

-- CreateEnum
CREATE TYPE "MinimizeFormula" AS ENUM ('RATIO_DIFF', 'INVERSE');

-- CreateEnum
CREATE TYPE "Aggregation" AS ENUM ('SUM', 'AVERAGE', 'LAST', 'MIN', 'MAX');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY');

-- CreateEnum
CREATE TYPE "MeasurementStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED');

-- CreateEnum
CREATE TYPE "IssueSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "DirectiveStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'DONE');

-- CreateEnum
CREATE TYPE "ScoreNodeKind" AS ENUM ('INDICATOR', 'OBJECTIVE', 'PERSPECTIVE', 'SCORECARD', 'ORG_UNIT', 'OFFICIAL', 'TENANT');

-- CreateEnum
CREATE TYPE "Band" AS ENUM ('GREEN', 'YELLOW', 'RED', 'NO_DATA');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SUPER_ADMIN', 'TENANT_ADMIN', 'LEADER', 'UNIT_HEAD', 'OPERATOR', 'VIEWER');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "TenantKind" NOT NULL,
    "parentId" UUID,
    "capital" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantSettings" (
    "tenantId" UUID NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Makassar',
    "achievementCap" DOUBLE PRECISION NOT NULL DEFAULT 120,
    "bandGreenMin" DOUBLE PRECISION NOT NULL DEFAULT 100,
    "bandYellowMin" DOUBLE PRECISION NOT NULL DEFAULT 80,
    "predikatSangatBaikMin" DOUBLE PRECISION NOT NULL DEFAULT 91,
    "predikatBaikMin" DOUBLE PRECISION NOT NULL DEFAULT 76,
    "predikatCukupMin" DOUBLE PRECISION NOT NULL DEFAULT 66,
    "predikatKurangMin" DOUBLE PRECISION NOT NULL DEFAULT 51,
    "reportDueDay" INTEGER NOT NULL DEFAULT 10,
    "rankingWeightScore" DOUBLE PRECISION NOT NULL DEFAULT 60,
    "rankingWeightBudget" DOUBLE PRECISION NOT NULL DEFAULT 20,
    "rankingWeightTimeliness" DOUBLE PRECISION NOT NULL DEFAULT 20,
    "budgetWarningDeviation" DOUBLE PRECISION NOT NULL DEFAULT -5,
    "budgetCriticalDeviation" DOUBLE PRECISION NOT NULL DEFAULT -10,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "parentId" UUID,
    "kind" "OrgUnitKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "ancestorIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "level" "PositionLevel" NOT NULL,
    "parentPositionId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "nip" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "positionId" UUID,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID,
    "kind" "PlanKind" NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "vision" TEXT NOT NULL,
    "missions" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "planId" UUID,
    "ownerKind" "ScorecardOwnerKind" NOT NULL,
    "ownerKey" TEXT NOT NULL,
    "orgUnitId" UUID,
    "officialId" UUID,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardPerspective" (
    "id" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "perspective" "Perspective" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ScorecardPerspective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "perspectiveId" UUID NOT NULL,
    "parentObjectiveId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObjectiveLink" (
    "id" UUID NOT NULL,
    "fromObjectiveId" UUID NOT NULL,
    "toObjectiveId" UUID NOT NULL,
    "note" TEXT,

    CONSTRAINT "ObjectiveLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "orgUnitId" UUID,
    "parentIndicatorId" UUID,
    "picOfficialId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "polarity" "Polarity" NOT NULL,
    "minimizeFormula" "MinimizeFormula" NOT NULL DEFAULT 'RATIO_DIFF',
    "aggregation" "Aggregation" NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "description" TEXT,
    "dataSource" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorOperator" (
    "indicatorId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "IndicatorOperator_pkey" PRIMARY KEY ("indicatorId","userId")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "status" "MeasurementStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "rejectionReason" TEXT,
    "enteredById" UUID,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "verifiedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasurementRevision" (
    "id" UUID NOT NULL,
    "measurementId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "previousValue" DOUBLE PRECISION,
    "status" "MeasurementStatus" NOT NULL,
    "reason" TEXT,
    "changedById" UUID,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasurementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "measurementId" UUID,
    "budgetMonthId" UUID,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addedById" UUID,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "outcomeIndicatorId" UUID,
    "picOfficialId" UUID,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "outputIndicatorId" UUID,
    "picOfficialId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubActivity" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "picOfficialId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pagu" BIGINT NOT NULL,

    CONSTRAINT "SubActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubActivityOperator" (
    "subActivityId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "SubActivityOperator_pkey" PRIMARY KEY ("subActivityId","userId")
);

-- CreateTable
CREATE TABLE "BudgetMonth" (
    "id" UUID NOT NULL,
    "subActivityId" UUID NOT NULL,
    "month" INTEGER NOT NULL,
    "plannedSpend" BIGINT NOT NULL DEFAULT 0,
    "plannedPhysical" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "realisedSpend" BIGINT,
    "realisedPhysical" DOUBLE PRECISION,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID,
    "indicatorId" UUID,
    "subActivityId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" "IssueSeverity" NOT NULL DEFAULT 'MEDIUM',
    "status" "IssueStatus" NOT NULL DEFAULT 'OPEN',
    "raisedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "status" "IssueStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "dueDate" DATE,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Directive" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "nodeType" TEXT NOT NULL,
    "nodeId" UUID NOT NULL,
    "scopeIds" TEXT[],
    "content" TEXT NOT NULL,
    "status" "DirectiveStatus" NOT NULL DEFAULT 'OPEN',
    "dueDate" DATE,
    "authorId" UUID,
    "picOfficialId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Directive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceAgreement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "officialId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "attitude" TEXT NOT NULL,
    "attention" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "signedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),

    CONSTRAINT "PerformanceAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "nodeKind" "ScoreNodeKind" NOT NULL,
    "nodeId" UUID NOT NULL,
    "parentId" UUID,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "score" DOUBLE PRECISION,
    "rawScore" DOUBLE PRECISION,
    "weightedSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "weightSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "band" "Band" NOT NULL DEFAULT 'NO_DATA',
    "seq" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "seq" BIGSERIAL NOT NULL,
    "tenantId" UUID NOT NULL,
    "scopeIds" TEXT[],
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" UUID,
    "before" JSONB,
    "after" JSONB,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "PeriodLock" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "reason" TEXT,
    "lockedById" UUID,
    "lockedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodLock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "tenantId" UUID,
    "officialId" UUID,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID,
    "grantedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WallDevice" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orgUnitId" UUID,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "playlist" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "WallDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "userId" UUID NOT NULL,
    "clientMutationId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "inputHash" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("userId","clientMutationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_code_key" ON "Tenant"("code");

-- CreateIndex
CREATE INDEX "Tenant_parentId_idx" ON "Tenant"("parentId");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_sortOrder_idx" ON "OrgUnit"("parentId", "sortOrder");

-- CreateIndex
CREATE INDEX "OrgUnit_tenantId_kind_idx" ON "OrgUnit"("tenantId", "kind");

-- CreateIndex
CREATE INDEX "OrgUnit_ancestorIds_idx" ON "OrgUnit" USING GIN ("ancestorIds");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_tenantId_code_key" ON "OrgUnit"("tenantId", "code");

-- CreateIndex
CREATE INDEX "Position_tenantId_idx" ON "Position"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Position_orgUnitId_title_key" ON "Position"("orgUnitId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Official_nip_key" ON "Official"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "Official_positionId_key" ON "Official"("positionId");

-- CreateIndex
CREATE INDEX "Official_tenantId_name_idx" ON "Official"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Plan_tenantId_startYear_idx" ON "Plan"("tenantId", "startYear");

-- CreateIndex
CREATE INDEX "Scorecard_tenantId_year_idx" ON "Scorecard"("tenantId", "year");

-- CreateIndex
CREATE INDEX "Scorecard_orgUnitId_year_idx" ON "Scorecard"("orgUnitId", "year");

-- CreateIndex
CREATE INDEX "Scorecard_officialId_year_idx" ON "Scorecard"("officialId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_ownerKey_year_key" ON "Scorecard"("ownerKey", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardPerspective_scorecardId_perspective_key" ON "ScorecardPerspective"("scorecardId", "perspective");

-- CreateIndex
CREATE INDEX "Objective_perspectiveId_sortOrder_idx" ON "Objective"("perspectiveId", "sortOrder");

-- CreateIndex
CREATE INDEX "Objective_parentObjectiveId_idx" ON "Objective"("parentObjectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_scorecardId_code_key" ON "Objective"("scorecardId", "code");

-- CreateIndex
CREATE INDEX "ObjectiveLink_toObjectiveId_idx" ON "ObjectiveLink"("toObjectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "ObjectiveLink_fromObjectiveId_toObjectiveId_key" ON "ObjectiveLink"("fromObjectiveId", "toObjectiveId");

-- CreateIndex
CREATE INDEX "Indicator_tenantId_idx" ON "Indicator"("tenantId");

-- CreateIndex
CREATE INDEX "Indicator_orgUnitId_idx" ON "Indicator"("orgUnitId");

-- CreateIndex
CREATE INDEX "Indicator_parentIndicatorId_idx" ON "Indicator"("parentIndicatorId");

-- CreateIndex
CREATE INDEX "Indicator_picOfficialId_idx" ON "Indicator"("picOfficialId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_objectiveId_code_key" ON "Indicator"("objectiveId", "code");

-- CreateIndex
CREATE INDEX "IndicatorOperator_userId_idx" ON "IndicatorOperator"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_indicatorId_year_month_key" ON "Target"("indicatorId", "year", "month");

-- CreateIndex
CREATE INDEX "Measurement_tenantId_year_month_status_idx" ON "Measurement"("tenantId", "year", "month", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_indicatorId_year_month_key" ON "Measurement"("indicatorId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MeasurementRevision_measurementId_version_key" ON "MeasurementRevision"("measurementId", "version");

-- CreateIndex
CREATE INDEX "Evidence_measurementId_idx" ON "Evidence"("measurementId");

-- CreateIndex
CREATE INDEX "Evidence_budgetMonthId_idx" ON "Evidence"("budgetMonthId");

-- CreateIndex
CREATE INDEX "Program_tenantId_year_idx" ON "Program"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Program_orgUnitId_year_code_key" ON "Program"("orgUnitId", "year", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_programId_code_key" ON "Activity"("programId", "code");

-- CreateIndex
CREATE INDEX "SubActivity_orgUnitId_idx" ON "SubActivity"("orgUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "SubActivity_activityId_code_key" ON "SubActivity"("activityId", "code");

-- CreateIndex
CREATE INDEX "SubActivityOperator_userId_idx" ON "SubActivityOperator"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetMonth_subActivityId_month_key" ON "BudgetMonth"("subActivityId", "month");

-- CreateIndex
CREATE INDEX "Issue_tenantId_status_idx" ON "Issue"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Issue_orgUnitId_status_idx" ON "Issue"("orgUnitId", "status");

-- CreateIndex
CREATE INDEX "Issue_indicatorId_idx" ON "Issue"("indicatorId");

-- CreateIndex
CREATE INDEX "Issue_subActivityId_idx" ON "Issue"("subActivityId");

-- CreateIndex
CREATE INDEX "FollowUp_issueId_createdAt_idx" ON "FollowUp"("issueId", "createdAt");

-- CreateIndex
CREATE INDEX "Directive_nodeType_nodeId_idx" ON "Directive"("nodeType", "nodeId");

-- CreateIndex
CREATE INDEX "Directive_scopeIds_idx" ON "Directive" USING GIN ("scopeIds");

-- CreateIndex
CREATE INDEX "Directive_tenantId_createdAt_idx" ON "Directive"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "PerformanceAgreement_orgUnitId_year_idx" ON "PerformanceAgreement"("orgUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PerformanceAgreement_officialId_year_key" ON "PerformanceAgreement"("officialId", "year");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_tenantId_year_month_nodeKind_idx" ON "ScoreSnapshot"("tenantId", "year", "month", "nodeKind");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_parentId_year_month_idx" ON "ScoreSnapshot"("parentId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSnapshot_nodeId_year_month_key" ON "ScoreSnapshot"("nodeId", "year", "month");

-- CreateIndex
CREATE INDEX "ChangeEvent_scopeIds_idx" ON "ChangeEvent" USING GIN ("scopeIds");

-- CreateIndex
CREATE INDEX "ChangeEvent_entityType_entityId_seq_idx" ON "ChangeEvent"("entityType", "entityId", "seq");

-- CreateIndex
CREATE INDEX "ChangeEvent_actorId_createdAt_idx" ON "ChangeEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeEvent_createdAt_idx" ON "ChangeEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodLock_tenantId_year_month_key" ON "PeriodLock"("tenantId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_officialId_key" ON "User"("officialId");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- CreateIndex
CREATE INDEX "RoleAssignment_tenantId_role_idx" ON "RoleAssignment"("tenantId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_revokedAt_idx" ON "Session"("userId", "revokedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WallDevice_tokenHash_key" ON "WallDevice"("tokenHash");

-- CreateIndex
CREATE INDEX "WallDevice_tenantId_idx" ON "WallDevice"("tenantId");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantSettings" ADD CONSTRAINT "TenantSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_parentPositionId_fkey" FOREIGN KEY ("parentPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardPerspective" ADD CONSTRAINT "ScorecardPerspective_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_perspectiveId_fkey" FOREIGN KEY ("perspectiveId") REFERENCES "ScorecardPerspective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_parentObjectiveId_fkey" FOREIGN KEY ("parentObjectiveId") REFERENCES "Objective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveLink" ADD CONSTRAINT "ObjectiveLink_fromObjectiveId_fkey" FOREIGN KEY ("fromObjectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveLink" ADD CONSTRAINT "ObjectiveLink_toObjectiveId_fkey" FOREIGN KEY ("toObjectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_parentIndicatorId_fkey" FOREIGN KEY ("parentIndicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_picOfficialId_fkey" FOREIGN KEY ("picOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorOperator" ADD CONSTRAINT "IndicatorOperator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorOperator" ADD CONSTRAINT "IndicatorOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasurementRevision" ADD CONSTRAINT "MeasurementRevision_measurementId_fkey" FOREIGN KEY ("measurementId") REFERENCES "Measurement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasurementRevision" ADD CONSTRAINT "MeasurementRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_measurementId_fkey" FOREIGN KEY ("measurementId") REFERENCES "Measurement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_budgetMonthId_fkey" FOREIGN KEY ("budgetMonthId") REFERENCES "BudgetMonth"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_outcomeIndicatorId_fkey" FOREIGN KEY ("outcomeIndicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_picOfficialId_fkey" FOREIGN KEY ("picOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_outputIndicatorId_fkey" FOREIGN KEY ("outputIndicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_picOfficialId_fkey" FOREIGN KEY ("picOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubActivity" ADD CONSTRAINT "SubActivity_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubActivity" ADD CONSTRAINT "SubActivity_picOfficialId_fkey" FOREIGN KEY ("picOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubActivityOperator" ADD CONSTRAINT "SubActivityOperator_subActivityId_fkey" FOREIGN KEY ("subActivityId") REFERENCES "SubActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubActivityOperator" ADD CONSTRAINT "SubActivityOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetMonth" ADD CONSTRAINT "BudgetMonth_subActivityId_fkey" FOREIGN KEY ("subActivityId") REFERENCES "SubActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetMonth" ADD CONSTRAINT "BudgetMonth_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_subActivityId_fkey" FOREIGN KEY ("subActivityId") REFERENCES "SubActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Directive" ADD CONSTRAINT "Directive_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Directive" ADD CONSTRAINT "Directive_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Directive" ADD CONSTRAINT "Directive_picOfficialId_fkey" FOREIGN KEY ("picOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceAgreement" ADD CONSTRAINT "PerformanceAgreement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceAgreement" ADD CONSTRAINT "PerformanceAgreement_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceAgreement" ADD CONSTRAINT "PerformanceAgreement_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodLock" ADD CONSTRAINT "PeriodLock_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodLock" ADD CONSTRAINT "PeriodLock_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallDevice" ADD CONSTRAINT "WallDevice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallDevice" ADD CONSTRAINT "WallDevice_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallDevice" ADD CONSTRAINT "WallDevice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules schema.prisma cannot express

-- Months are calendar months.
ALTER TABLE "Target" ADD CONSTRAINT "Target_month_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_month_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "BudgetMonth" ADD CONSTRAINT "BudgetMonth_month_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "PeriodLock" ADD CONSTRAINT "PeriodLock_month_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_month_range" CHECK ("month" BETWEEN 1 AND 12);

-- Years are plausible budget years.
ALTER TABLE "Target" ADD CONSTRAINT "Target_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_years" CHECK ("startYear" <= "endYear");

-- STABILIZE bands are ordered; values are finite.
ALTER TABLE "Target" ADD CONSTRAINT "Target_band_order" CHECK ("low" IS NULL OR "high" IS NULL OR "low" <= "high");
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_value_finite" CHECK ("value" <> 'NaN'::float8 AND "value" <> 'Infinity'::float8 AND "value" <> '-Infinity'::float8);

-- Weights are never negative.
ALTER TABLE "ScorecardPerspective" ADD CONSTRAINT "ScorecardPerspective_weight_nonneg" CHECK ("weight" >= 0);
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_weight_nonneg" CHECK ("weight" >= 0);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_weight_nonneg" CHECK ("weight" >= 0);

-- Money is non-negative integer Rupiah; physical progress is a percentage.
ALTER TABLE "SubActivity" ADD CONSTRAINT "SubActivity_pagu_nonneg" CHECK ("pagu" >= 0);
ALTER TABLE "BudgetMonth" ADD CONSTRAINT "BudgetMonth_spend_nonneg" CHECK ("plannedSpend" >= 0 AND ("realisedSpend" IS NULL OR "realisedSpend" >= 0));
ALTER TABLE "BudgetMonth" ADD CONSTRAINT "BudgetMonth_physical_pct" CHECK ("plannedPhysical" BETWEEN 0 AND 100 AND ("realisedPhysical" IS NULL OR "realisedPhysical" BETWEEN 0 AND 100));

-- NIP: 18 digits.
ALTER TABLE "Official" ADD CONSTRAINT "Official_nip_format" CHECK ("nip" ~ '^[0-9]{18}$');

-- A scorecard's owner columns match its owner kind.
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_owner_consistent" CHECK (
  ("ownerKind" = 'TENANT' AND "orgUnitId" IS NULL AND "officialId" IS NULL AND "ownerKey" = 'TENANT:' || "tenantId")
  OR ("ownerKind" = 'ORG_UNIT' AND "orgUnitId" IS NOT NULL AND "officialId" IS NULL AND "ownerKey" = 'ORG_UNIT:' || "orgUnitId")
  OR ("ownerKind" = 'OFFICIAL' AND "officialId" IS NOT NULL AND "ownerKey" = 'OFFICIAL:' || "officialId")
);

-- Tenant settings stay within the rules of the scoring engine.
ALTER TABLE "TenantSettings" ADD CONSTRAINT "TenantSettings_rules" CHECK (
  "achievementCap" > 0
  AND "bandGreenMin" >= "bandYellowMin"
  AND "predikatSangatBaikMin" >= "predikatBaikMin"
  AND "predikatBaikMin" >= "predikatCukupMin"
  AND "predikatCukupMin" >= "predikatKurangMin"
  AND "reportDueDay" BETWEEN 1 AND 28
  AND "rankingWeightScore" >= 0 AND "rankingWeightBudget" >= 0 AND "rankingWeightTimeliness" >= 0
  AND ("rankingWeightScore" + "rankingWeightBudget" + "rankingWeightTimeliness") > 0
  AND "budgetCriticalDeviation" <= "budgetWarningDeviation"
);

-- Versions count up from 1.
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_version_positive" CHECK ("version" >= 1);
ALTER TABLE "BudgetMonth" ADD CONSTRAINT "BudgetMonth_version_positive" CHECK ("version" >= 1);

-- The change log is append-only: history cannot be rewritten, not even by the application.
CREATE FUNCTION "change_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ChangeEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "ChangeEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "ChangeEvent"
  FOR EACH ROW EXECUTE FUNCTION "change_event_append_only"();
CREATE TRIGGER "ChangeEvent_no_truncate" BEFORE TRUNCATE ON "ChangeEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "change_event_append_only"();
