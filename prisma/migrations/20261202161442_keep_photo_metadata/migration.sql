-- AlterTable
ALTER TABLE "TenantSettings" ADD COLUMN     "keepPhotoMetadata" BOOLEAN NOT NULL DEFAULT false;
