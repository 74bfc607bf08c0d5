CREATE TABLE "indicator_year_values" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_year_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" uuid,
	"normative" numeric(4, 1),
	"target" numeric(4, 1),
	"order_number" text NOT NULL,
	"order_date" date NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_year_values_key" UNIQUE NULLS NOT DISTINCT("indicator","year","organisation_id"),
	CONSTRAINT "indicator_year_values_indicator_check" CHECK ("indicator_year_values"."indicator" in ('1.1', '2.1', '3.1', '3.2', '4.1', '5.1')),
	CONSTRAINT "indicator_year_values_range_check" CHECK ("indicator_year_values"."normative" between 0 and 100 and "indicator_year_values"."target" between 0 and 100),
	CONSTRAINT "indicator_year_values_some_value" CHECK ("indicator_year_values"."normative" is not null or "indicator_year_values"."target" is not null)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "service_info_online" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_year_values" ADD CONSTRAINT "indicator_year_values_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_year_values" ADD CONSTRAINT "indicator_year_values_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_year_values_year_idx" ON "indicator_year_values" USING btree ("year");