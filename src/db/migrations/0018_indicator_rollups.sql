CREATE TABLE "indicator_daily_counts" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"cases_total" integer DEFAULT 0 NOT NULL,
	"cases_on_time" integer DEFAULT 0 NOT NULL,
	"answers" integer DEFAULT 0 NOT NULL,
	"process_satisfied" integer DEFAULT 0 NOT NULL,
	"information_satisfied" integer DEFAULT 0 NOT NULL,
	"politeness_satisfied" integer DEFAULT 0 NOT NULL,
	"complaint_answers" integer DEFAULT 0 NOT NULL,
	"complaint_satisfied" integer DEFAULT 0 NOT NULL,
	"process_scores" integer[] NOT NULL,
	"information_scores" integer[] NOT NULL,
	"politeness_scores" integer[] NOT NULL,
	"complaint_scores" integer[] NOT NULL,
	CONSTRAINT "indicator_daily_counts_organisation_id_day_pk" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
CREATE TABLE "indicator_dirty_days" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "indicator_dirty_days_organisation_id_day_pk" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
CREATE TABLE "indicator_office_flags" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"active" boolean NOT NULL,
	"info_online" boolean NOT NULL,
	CONSTRAINT "indicator_office_flags_organisation_id_day_pk" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
CREATE TABLE "indicator_rollup_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_rollup_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone NOT NULL,
	"as_of" date NOT NULL,
	"office_days" integer NOT NULL,
	"requested_by" uuid
);
--> statement-breakpoint
CREATE TABLE "queue_daily_figures" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"tickets" integer NOT NULL,
	"served" integer NOT NULL,
	"no_shows" integer NOT NULL,
	"queue_wait_counted" integer NOT NULL,
	"queue_wait_within" integer NOT NULL,
	"service_counted" integer NOT NULL,
	"service_within" integer NOT NULL,
	"collect_wait_counted" integer NOT NULL,
	"collect_wait_within" integer NOT NULL,
	"wait_tenths" jsonb NOT NULL,
	"service_tenths" jsonb NOT NULL,
	CONSTRAINT "queue_daily_figures_organisation_id_day_pk" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
ALTER TABLE "indicator_daily_counts" ADD CONSTRAINT "indicator_daily_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_office_flags" ADD CONSTRAINT "indicator_office_flags_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_rollup_runs" ADD CONSTRAINT "indicator_rollup_runs_requested_by_accounts_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_daily_figures" ADD CONSTRAINT "queue_daily_figures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_daily_counts_day_idx" ON "indicator_daily_counts" USING btree ("day");--> statement-breakpoint
CREATE INDEX "queue_daily_figures_day_idx" ON "queue_daily_figures" USING btree ("day");--> statement-breakpoint
-- Hand-written (re-append after re-generation): issue 10, the office days a change touches are marked
-- for the roll-up job by statement triggers, so that every path that writes (the desk, the portal,
-- corrections, transfers, the generator's bulk load, a late survey answer, a reopened case) is seen.
-- A case marks the days it may count on (domain.md §7, indicator 1.1): its due days and the office's
-- day of its stop, before and after the change.
CREATE FUNCTION tirkeu_indicator_case_days(r_org uuid, r_result date, r_refusal date, r_stopped timestamptz)
  RETURNS SETOF date LANGUAGE sql STABLE AS $$
  SELECT d FROM unnest(array[r_result, r_refusal,
    (r_stopped at time zone (SELECT time_zone FROM organisations WHERE id = r_org))::date]) AS d
  WHERE d IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION tirkeu_indicator_cases_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO indicator_dirty_days (organisation_id, day)
      SELECT DISTINCT r.organisation_id, d FROM old_rows r,
        tirkeu_indicator_case_days(r.organisation_id, r.result_due, r.refusal_due, r.stopped_at) AS d
      ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO indicator_dirty_days (organisation_id, day)
      SELECT DISTINCT r.organisation_id, d FROM new_rows r,
        tirkeu_indicator_case_days(r.organisation_id, r.result_due, r.refusal_due, r.stopped_at) AS d
      ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_indicator_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_cases_touched();
--> statement-breakpoint
CREATE TRIGGER cases_indicator_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_cases_touched();
--> statement-breakpoint
CREATE TRIGGER cases_indicator_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_cases_touched();
--> statement-breakpoint
-- Survey answers, complaint-survey answers and queue tickets mark their own day (TG_ARGV[0] names it).
CREATE FUNCTION tirkeu_indicator_rows_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('INSERT INTO indicator_dirty_days (organisation_id, day)
      SELECT DISTINCT organisation_id, %I FROM old_rows ORDER BY 1, 2 ON CONFLICT DO NOTHING', TG_ARGV[0]);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    EXECUTE format('INSERT INTO indicator_dirty_days (organisation_id, day)
      SELECT DISTINCT organisation_id, %I FROM new_rows ORDER BY 1, 2 ON CONFLICT DO NOTHING', TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER survey_answers_indicator_insert AFTER INSERT ON survey_answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('answered_on');
--> statement-breakpoint
CREATE TRIGGER survey_answers_indicator_update AFTER UPDATE ON survey_answers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('answered_on');
--> statement-breakpoint
CREATE TRIGGER survey_answers_indicator_delete AFTER DELETE ON survey_answers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('answered_on');
--> statement-breakpoint
CREATE TRIGGER complaint_survey_answers_indicator_insert AFTER INSERT ON complaint_survey_answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('answered_on');
--> statement-breakpoint
CREATE TRIGGER complaint_survey_answers_indicator_update AFTER UPDATE ON complaint_survey_answers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('answered_on');
--> statement-breakpoint
CREATE TRIGGER complaint_survey_answers_indicator_delete AFTER DELETE ON complaint_survey_answers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('answered_on');
--> statement-breakpoint
CREATE TRIGGER queue_tickets_indicator_insert AFTER INSERT ON queue_tickets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('day');
--> statement-breakpoint
CREATE TRIGGER queue_tickets_indicator_update AFTER UPDATE ON queue_tickets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('day');
--> statement-breakpoint
CREATE TRIGGER queue_tickets_indicator_delete AFTER DELETE ON queue_tickets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_indicator_rows_touched('day');
