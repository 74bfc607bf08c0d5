CREATE TABLE "rate_limit_hits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"field" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"reason" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "case_corrections_status_check" CHECK ("case_corrections"."status" in ('proposed', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "case_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"checklist_item_id" text,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea",
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_files_size_check" CHECK ("case_files"."byte_size" > 0),
	CONSTRAINT "case_files_sha256_check" CHECK ("case_files"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "case_materials" (
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"quantity" integer NOT NULL,
	"returned_at" timestamp with time zone,
	"returned_by" uuid,
	CONSTRAINT "case_materials_pkey" PRIMARY KEY("case_id","position"),
	CONSTRAINT "case_materials_quantity_check" CHECK ("case_materials"."quantity" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "document_prints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_prints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organisation_id" uuid NOT NULL,
	"case_id" uuid,
	"document" text NOT NULL,
	"subject" text NOT NULL,
	"language" text NOT NULL,
	"copy" text NOT NULL,
	"printed_by" uuid NOT NULL,
	"printed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"number" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"organisation_id" uuid NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"holder" text NOT NULL,
	"territory" text NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"status_reason" text,
	"status_at" timestamp with time zone,
	"successor_number" text,
	"duplicate_of" text,
	"seal_key_id" text,
	"seal_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_documents_kind_check" CHECK ("issued_documents"."kind" in ('certificate', 'reference')),
	CONSTRAINT "issued_documents_status_check" CHECK ("issued_documents"."status" in ('valid', 'superseded', 'annulled', 'replaced'))
);
--> statement-breakpoint
CREATE TABLE "seal_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	CONSTRAINT "seal_keys_status_check" CHECK ("seal_keys"."status" in ('active', 'retired', 'revoked')),
	CONSTRAINT "seal_keys_private_check" CHECK (("seal_keys"."status" = 'active') = ("seal_keys"."private_key" is not null))
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "uncollected_after_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "stamped_incomplete" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_corrections" ADD CONSTRAINT "case_corrections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_prints" ADD CONSTRAINT "document_prints_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_prints" ADD CONSTRAINT "document_prints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_seal_key_id_seal_keys_key_id_fk" FOREIGN KEY ("seal_key_id") REFERENCES "public"."seal_keys"("key_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_corrections_case_idx" ON "case_corrections" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_files_case_idx" ON "case_files" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "document_prints_subject_idx" ON "document_prints" USING btree ("document","subject");--> statement-breakpoint
CREATE INDEX "issued_documents_case_idx" ON "issued_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "issued_documents_office_idx" ON "issued_documents" USING btree ("organisation_id","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "seal_keys_one_active_idx" ON "seal_keys" USING btree ("status") WHERE "seal_keys"."status" = 'active';--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_uncollected_check" CHECK ("organisations"."uncollected_after_days" between 1 and 365);--> statement-breakpoint
-- §16: cases whose stamp recorded an incomplete §11 set, from the log (the column caches it from now on).
UPDATE cases c SET stamped_incomplete = true
  WHERE EXISTS (SELECT 1 FROM case_actions a
    WHERE a.case_id = c.id AND a.kind = 'stamp' AND a.payload -> 'checklist' ->> 'complete' = 'false');
--> statement-breakpoint
CREATE INDEX "cases_office_refusal_due_idx" ON "cases" USING btree ("organisation_id","refusal_due");
--> statement-breakpoint
-- Every print is evidence (domain.md §8): append-only like the audit trail.
CREATE TRIGGER document_prints_append_only BEFORE UPDATE OR DELETE ON document_prints
  FOR EACH ROW EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER document_prints_no_truncate BEFORE TRUNCATE ON document_prints
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE seal_keys IS 'Ed25519 keys of the integrity seal (domain.md §6): one active; retired keys keep old documents checkable; revoked keys are distrusted.';
--> statement-breakpoint
COMMENT ON TABLE issued_documents IS 'Certificates (annex 5) and references (annex 6) issued, with the status the public check shows (domain.md §4).';
--> statement-breakpoint
COMMENT ON TABLE document_prints IS 'Every print of a document from the staff pages; a second print of a document is a reprint.';
--> statement-breakpoint
COMMENT ON TABLE case_files IS 'Scans handed in (§11): PDF, JPEG or PNG checked by content, with SHA-256; personal data, purged with the application.';
--> statement-breakpoint
COMMENT ON TABLE case_materials IS 'Religious materials handed in (§11.1, §14): listed on the receipt, tracked until returned.';
--> statement-breakpoint
COMMENT ON TABLE case_corrections IS 'Corrections after registration (domain.md §4): proposed with a reason, approved or rejected by the head.';
