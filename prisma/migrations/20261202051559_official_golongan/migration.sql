-- AlterTable
ALTER TABLE "Official" ADD COLUMN     "golongan" TEXT;

-- PNS golongan/ruang: I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e.
ALTER TABLE "Official" ADD CONSTRAINT "Official_golongan_check"
  CHECK ("golongan" IS NULL OR "golongan" ~ '^(I/[a-d]|II/[a-d]|III/[a-d]|IV/[a-e])$');
