-- AlterTable
ALTER TABLE "SubActivity" ADD COLUMN     "paguRevised" BIGINT,
ADD COLUMN     "paguRevisedOn" DATE;

-- A revision is a ceiling and the day it took effect: both or neither; a ceiling is never negative.
ALTER TABLE "SubActivity" ADD CONSTRAINT "SubActivity_paguRevised_check"
  CHECK (("paguRevised" IS NULL) = ("paguRevisedOn" IS NULL) AND ("paguRevised" IS NULL OR "paguRevised" >= 0));
