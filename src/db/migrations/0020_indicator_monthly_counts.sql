CREATE TABLE "indicator_monthly_counts" (
	"organisation_id" uuid NOT NULL,
	"month" date NOT NULL,
	"cases_total" integer NOT NULL,
	"cases_on_time" integer NOT NULL,
	"answers" integer NOT NULL,
	"process_satisfied" integer NOT NULL,
	"information_satisfied" integer NOT NULL,
	"politeness_satisfied" integer NOT NULL,
	"complaint_answers" integer NOT NULL,
	"complaint_satisfied" integer NOT NULL,
	CONSTRAINT "indicator_monthly_counts_organisation_id_month_pk" PRIMARY KEY("organisation_id","month")
);
--> statement-breakpoint
ALTER TABLE "indicator_monthly_counts" ADD CONSTRAINT "indicator_monthly_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_monthly_counts_month_idx" ON "indicator_monthly_counts" USING btree ("month");--> statement-breakpoint
-- Hand-written: the months of the daily counts already made.
INSERT INTO indicator_monthly_counts
  SELECT organisation_id, date_trunc('month', day)::date, sum(cases_total), sum(cases_on_time), sum(answers),
    sum(process_satisfied), sum(information_satisfied), sum(politeness_satisfied), sum(complaint_answers),
    sum(complaint_satisfied)
  FROM indicator_daily_counts GROUP BY 1, 2;
