CREATE TABLE "case_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_account_id" uuid,
	"payload" jsonb NOT NULL,
	CONSTRAINT "case_actions_case_seq_key" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "case_applications" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"consent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"first_organisation_id" uuid NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"rule_version_id" text,
	"incoming_number" text,
	"stamped_at" timestamp with time zone,
	"start_day" date,
	"result_due" date,
	"refusal_due" date,
	"stopped_at" timestamp with time zone,
	"document_number" text,
	"outgoing_number" text,
	"valid_until" date,
	"without_four_eyes" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_tracking_code_key" UNIQUE("tracking_code"),
	CONSTRAINT "cases_incoming_number_key" UNIQUE("incoming_number"),
	CONSTRAINT "cases_document_number_key" UNIQUE("document_number"),
	CONSTRAINT "cases_language_check" CHECK ("cases"."language" in ('kk', 'ru'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"account_id" uuid,
	"scope" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_actions" ADD CONSTRAINT "case_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_applications" ADD CONSTRAINT "case_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_first_organisation_id_organisations_id_fk" FOREIGN KEY ("first_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_office_state_idx" ON "cases" USING btree ("organisation_id","state");--> statement-breakpoint
CREATE INDEX "cases_office_result_due_idx" ON "cases" USING btree ("organisation_id","result_due");--> statement-breakpoint
-- domain.md §4: a case's actions are its history; the state is folded from them. Append-only.
CREATE TRIGGER case_actions_append_only BEFORE UPDATE OR DELETE ON case_actions
  FOR EACH ROW EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER case_actions_no_truncate BEFORE TRUNCATE ON case_actions
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE cases IS 'A case (domain.md §4); its columns cache the fold of case_actions, written in the same transaction.';
--> statement-breakpoint
COMMENT ON TABLE case_applications IS 'The application as handed in (annexes 7, 8; parties of domain.md §2): personal data, purged by retention.';
