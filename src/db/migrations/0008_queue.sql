CREATE TABLE "queue_counters" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"series" text NOT NULL,
	"next_seq" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "queue_counters_pkey" PRIMARY KEY("organisation_id","day","series"),
	CONSTRAINT "queue_counters_series_check" CHECK ("queue_counters"."series" in ('A', 'B', 'C', 'D', 'P')),
	CONSTRAINT "queue_counters_next_seq_check" CHECK ("queue_counters"."next_seq" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "queue_desks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"purposes" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"staffed_by" uuid,
	"staffed_since" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_desks_office_number_key" UNIQUE("organisation_id","number"),
	CONSTRAINT "queue_desks_number_check" CHECK ("queue_desks"."number" between 1 and 99),
	CONSTRAINT "queue_desks_purposes_check" CHECK (cardinality("queue_desks"."purposes") >= 1 and "queue_desks"."purposes" <@ array['hand-in', 'collect', 'question', 'complaint']::text[]),
	CONSTRAINT "queue_desks_staffed_check" CHECK (("queue_desks"."staffed_by" is null) = ("queue_desks"."staffed_since" is null))
);
--> statement-breakpoint
CREATE TABLE "queue_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"kiosk_token_hash" text,
	"kiosk_token_set_at" timestamp with time zone,
	"kiosk_token_set_by" uuid,
	"pass_keep_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_settings_pass_keep_days_check" CHECK ("queue_settings"."pass_keep_days" between 1 and 30),
	CONSTRAINT "queue_settings_kiosk_token_check" CHECK ("queue_settings"."kiosk_token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "queue_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"purpose" text NOT NULL,
	"seq" integer NOT NULL,
	"label" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"issued_at" timestamp (3) with time zone NOT NULL,
	"desk_id" uuid,
	"called_at" timestamp (3) with time zone,
	"called_by" uuid,
	"last_called_at" timestamp (3) with time zone,
	"recalls" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"no_show_at" timestamp (3) with time zone,
	"case_id" uuid,
	"complaint_id" uuid,
	CONSTRAINT "queue_tickets_office_day_number_key" UNIQUE("organisation_id","day","purpose","seq"),
	CONSTRAINT "queue_tickets_status_check" CHECK ("queue_tickets"."status" in ('waiting', 'called', 'serving', 'done', 'no_show')),
	CONSTRAINT "queue_tickets_purpose_check" CHECK ("queue_tickets"."purpose" in ('hand-in', 'collect', 'question', 'complaint')),
	CONSTRAINT "queue_tickets_seq_check" CHECK ("queue_tickets"."seq" between 1 and 999),
	CONSTRAINT "queue_tickets_label_check" CHECK ("queue_tickets"."label" ~ '^[A-D][0-9]{3}$'),
	CONSTRAINT "queue_tickets_called_check" CHECK (("queue_tickets"."status" = 'waiting') = ("queue_tickets"."called_at" is null) and ("queue_tickets"."called_at" is null) = ("queue_tickets"."desk_id" is null)),
	CONSTRAINT "queue_tickets_started_check" CHECK (("queue_tickets"."started_at" is null) or "queue_tickets"."status" in ('serving', 'done')),
	CONSTRAINT "queue_tickets_finished_check" CHECK (("queue_tickets"."status" = 'done') = ("queue_tickets"."finished_at" is not null)),
	CONSTRAINT "queue_tickets_no_show_check" CHECK (("queue_tickets"."status" = 'no_show') = ("queue_tickets"."no_show_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "visitor_passes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"seq" integer NOT NULL,
	"visitor_name" text NOT NULL,
	"document_kind" text NOT NULL,
	"document_last_digits" text NOT NULL,
	"ordered_by" uuid NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"entered_at" timestamp with time zone,
	"entered_marked_by" uuid,
	"exited_at" timestamp with time zone,
	"exited_marked_by" uuid,
	CONSTRAINT "visitor_passes_office_day_number_key" UNIQUE("organisation_id","day","seq"),
	CONSTRAINT "visitor_passes_seq_check" CHECK ("visitor_passes"."seq" between 1 and 9999),
	CONSTRAINT "visitor_passes_document_kind_check" CHECK ("visitor_passes"."document_kind" in ('id-card', 'kz-passport', 'foreign-passport', 'residence-permit', 'other')),
	CONSTRAINT "visitor_passes_last_digits_check" CHECK ("visitor_passes"."document_last_digits" ~ '^[0-9A-Z]{2,4}$'),
	CONSTRAINT "visitor_passes_name_check" CHECK (length("visitor_passes"."visitor_name") between 1 and 200),
	CONSTRAINT "visitor_passes_exit_check" CHECK ("visitor_passes"."exited_at" is null or "visitor_passes"."entered_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "queue_counters" ADD CONSTRAINT "queue_counters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_desks" ADD CONSTRAINT "queue_desks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_desks" ADD CONSTRAINT "queue_desks_staffed_by_accounts_id_fk" FOREIGN KEY ("staffed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_kiosk_token_set_by_accounts_id_fk" FOREIGN KEY ("kiosk_token_set_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_desk_id_queue_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."queue_desks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_called_by_accounts_id_fk" FOREIGN KEY ("called_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_passes" ADD CONSTRAINT "visitor_passes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_passes" ADD CONSTRAINT "visitor_passes_ordered_by_accounts_id_fk" FOREIGN KEY ("ordered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_passes" ADD CONSTRAINT "visitor_passes_entered_marked_by_accounts_id_fk" FOREIGN KEY ("entered_marked_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_passes" ADD CONSTRAINT "visitor_passes_exited_marked_by_accounts_id_fk" FOREIGN KEY ("exited_marked_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "queue_settings_kiosk_token_key" ON "queue_settings" USING btree ("kiosk_token_hash");--> statement-breakpoint
CREATE INDEX "queue_tickets_waiting_idx" ON "queue_tickets" USING btree ("organisation_id","day","issued_at") WHERE "queue_tickets"."status" = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_desk_active_key" ON "queue_tickets" USING btree ("desk_id") WHERE "queue_tickets"."status" in ('called', 'serving');--> statement-breakpoint
CREATE INDEX "queue_tickets_office_day_idx" ON "queue_tickets" USING btree ("organisation_id","day");--> statement-breakpoint
CREATE INDEX "queue_tickets_case_idx" ON "queue_tickets" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "visitor_passes_office_day_idx" ON "visitor_passes" USING btree ("organisation_id","day");--> statement-breakpoint
-- §7.2–7.4 are measured from the tickets: a ticket is never removed, and its number and issue time never
-- change once given (domain.md §5: gapless per office and day). Its later times are written as it moves.
CREATE OR REPLACE FUNCTION tirkeu_queue_ticket_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'queue tickets are kept (%)', TG_OP
      USING ERRCODE = 'insufficient_privilege', HINT = 'the §7.2–7.4 figures are computed from them';
  END IF;
  IF NEW.organisation_id IS DISTINCT FROM OLD.organisation_id OR NEW.day IS DISTINCT FROM OLD.day
     OR NEW.purpose IS DISTINCT FROM OLD.purpose OR NEW.seq IS DISTINCT FROM OLD.seq
     OR NEW.label IS DISTINCT FROM OLD.label OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
     OR (OLD.called_at IS NOT NULL AND NEW.called_at IS DISTINCT FROM OLD.called_at) THEN
    RAISE EXCEPTION 'a queue ticket''s number, issue time and first call never change'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER queue_tickets_guard BEFORE UPDATE OR DELETE ON queue_tickets
  FOR EACH ROW EXECUTE FUNCTION tirkeu_queue_ticket_guard();
--> statement-breakpoint
CREATE TRIGGER queue_tickets_no_truncate BEFORE TRUNCATE ON queue_tickets
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_queue_ticket_guard();
--> statement-breakpoint
COMMENT ON TABLE queue_settings IS 'An office''s queue settings (§9, §10): the kiosk token''s SHA-256 (the token is shown once to the head) and the days passes are kept.';
--> statement-breakpoint
COMMENT ON TABLE queue_desks IS 'The office''s desks and the queue purposes each serves (§9); staffed by one clerk at a time.';
--> statement-breakpoint
COMMENT ON TABLE queue_counters IS 'Gapless day numbers per office (domain.md §5): ticket series A–D and passes (P), row-locked, taken in the act''s transaction.';
--> statement-breakpoint
COMMENT ON TABLE queue_tickets IS 'The live queue (§9: no pre-booking, no expedited service) and its times, measured against §7.2–7.4. No personal data; kept.';
--> statement-breakpoint
COMMENT ON COLUMN queue_tickets.called_at IS 'The first call: ends the wait of §7.2 / §7.4 (the office''s break is not counted in it).';
--> statement-breakpoint
COMMENT ON COLUMN queue_tickets.complaint_id IS 'The complaint handed in at the desk (§22), once complaints are recorded; a foreign key follows with their table.';
--> statement-breakpoint
COMMENT ON TABLE visitor_passes IS 'One-time passes (§10) confirmed by the serving official; the visitor''s name and the last digits of the document only; erased pass_keep_days after their day.';
