-- DropIndex
DROP INDEX "ScoreSnapshot_tenantId_year_month_nodeKind_idx";

-- CreateIndex
CREATE INDEX "ScoreSnapshot_tenantId_year_month_nodeKind_band_score_idx" ON "ScoreSnapshot"("tenantId", "year", "month", "nodeKind", "band", "score");
