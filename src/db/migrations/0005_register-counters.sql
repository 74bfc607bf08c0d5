CREATE TABLE "register_counters" (
	"organisation_id" uuid NOT NULL,
	"register" text NOT NULL,
	"year" integer NOT NULL,
	"next_seq" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_counters_pkey" PRIMARY KEY("organisation_id","register","year"),
	CONSTRAINT "register_counters_register_check" CHECK ("register_counters"."register" in ('incoming', 'outgoing', 'certificate', 'reference')),
	CONSTRAINT "register_counters_next_seq_check" CHECK ("register_counters"."next_seq" >= 1 and "register_counters"."next_seq" <= 9999)
);
--> statement-breakpoint
ALTER TABLE "register_counters" ADD CONSTRAINT "register_counters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;