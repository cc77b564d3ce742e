-- The tamper-evident audit trail: every change-log record carries SHA-256 over its content and the
-- hash of its tenant's previous record (in `seq` order), and the heads of the chains recorded daily.

-- AlterTable (NOT NULL once the existing records are hashed, below)
ALTER TABLE "ChangeEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_tenantId_seq_idx" ON "ChangeEvent"("tenantId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "AuditHead_tenantId_seq_key" ON "AuditHead"("tenantId", "seq");

-- AddForeignKey
ALTER TABLE "AuditHead" ADD CONSTRAINT "AuditHead_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The one definition of a record's hash, used when a record is written, by this backfill and by
-- `audit verify`: SHA-256 (hex) of the record's fields and the previous hash as one JSON array,
-- in PostgreSQL's canonical jsonb text (sorted keys, fixed spacing), the time in UTC to the
-- millisecond as stored.
CREATE FUNCTION "change_event_hash"(
  "seq" BIGINT, "tenantId" UUID, "scopeIds" TEXT[], "entityType" TEXT, "entityId" UUID,
  "action" TEXT, "actorId" UUID, "before" JSONB, "after" JSONB, "payload" JSONB,
  "createdAt" TIMESTAMP, "prevHash" TEXT
) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    "seq"::text, "tenantId"::text, to_jsonb("scopeIds"), "entityType", "entityId"::text, "action",
    "actorId"::text, "before", "after", "payload",
    to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS'), "prevHash"
  )::text, 'UTF8')), 'hex')
$$;

-- Hash the records written so far, each tenant's in sequence order (the only rewrite of the log
-- there is: it adds the hashes and changes no recorded value).
ALTER TABLE "ChangeEvent" DISABLE TRIGGER "ChangeEvent_no_update_delete";
DO $$
DECLARE
  r RECORD;
  heads JSONB := '{}';
  h TEXT;
BEGIN
  FOR r IN SELECT * FROM "ChangeEvent" ORDER BY "seq" LOOP
    h := "change_event_hash"(r."seq", r."tenantId", r."scopeIds", r."entityType", r."entityId",
      r."action", r."actorId", r."before", r."after", r."payload", r."createdAt",
      heads ->> r."tenantId"::text);
    UPDATE "ChangeEvent" SET "prevHash" = heads ->> r."tenantId"::text, "hash" = h WHERE "seq" = r."seq";
    heads := heads || jsonb_build_object(r."tenantId"::text, h);
  END LOOP;
END;
$$;
ALTER TABLE "ChangeEvent" ENABLE TRIGGER "ChangeEvent_no_update_delete";
ALTER TABLE "ChangeEvent" ALTER COLUMN "hash" SET NOT NULL;

-- Recorded heads are history too: no role may change or remove one. The one refusal of the
-- append-only tables now names the table it guards.
CREATE OR REPLACE FUNCTION "change_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditHead_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditHead"
  FOR EACH ROW EXECUTE FUNCTION "change_event_append_only"();
CREATE TRIGGER "AuditHead_no_truncate" BEFORE TRUNCATE ON "AuditHead"
  FOR EACH STATEMENT EXECUTE FUNCTION "change_event_append_only"();
