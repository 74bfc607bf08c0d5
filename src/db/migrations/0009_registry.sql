-- Trigram matching for the registry's name search (typos), on the embedded database and on PostgreSQL.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "registrants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"iin" text,
	"citizenship" text,
	"passport_number" text,
	"organisation_id" uuid,
	"display_name" text NOT NULL,
	"latin_name" text,
	"name_tokens" text[] NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrants_kind_check" CHECK ("registrants"."kind" in ('person', 'group'))
);
--> statement-breakpoint
CREATE TABLE "registration_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registration_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"registrant_id" uuid NOT NULL,
	"document_number" text,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_account_id" uuid,
	"organisation_id" uuid,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "registrant_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "confession" text;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "registrant_id" uuid;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "source" text DEFAULT 'system' NOT NULL;--> statement-breakpoint
ALTER TABLE "registrants" ADD CONSTRAINT "registrants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_registrant_id_registrants_id_fk" FOREIGN KEY ("registrant_id") REFERENCES "public"."registrants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registrants_iin_idx" ON "registrants" USING btree ("iin") WHERE "registrants"."iin" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "registrants_passport_idx" ON "registrants" USING btree ("citizenship","passport_number") WHERE "registrants"."passport_number" is not null;--> statement-breakpoint
CREATE INDEX "registrants_tokens_idx" ON "registrants" USING gin ("name_tokens");--> statement-breakpoint
CREATE INDEX "registrants_search_trgm_idx" ON "registrants" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "registration_events_registrant_idx" ON "registration_events" USING btree ("registrant_id","at");--> statement-breakpoint
CREATE INDEX "registration_events_document_idx" ON "registration_events" USING btree ("document_number");--> statement-breakpoint
CREATE INDEX "cases_registrant_idx" ON "cases" USING btree ("registrant_id");--> statement-breakpoint
CREATE INDEX "issued_documents_registrant_idx" ON "issued_documents" USING btree ("registrant_id");--> statement-breakpoint
CREATE INDEX "issued_documents_valid_until_idx" ON "issued_documents" USING btree ("valid_until");
--> statement-breakpoint
-- A registration's life is evidence (domain.md §4, §8): append-only like the case log.
CREATE TRIGGER registration_events_append_only BEFORE UPDATE OR DELETE ON registration_events
  FOR EACH ROW EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER registration_events_no_truncate BEFORE TRUNCATE ON registration_events
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE registrants IS 'The registry (domain.md §4): the person or group cases and documents belong to, with name skeletons for search in any spelling.';
--> statement-breakpoint
COMMENT ON TABLE registration_events IS 'What happens to a registration after issue: superseded, annulled, replaced, reissued, surrendered, reminders, further materials (§11.1), paper imports.';
