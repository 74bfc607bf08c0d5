CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
COMMENT ON TABLE calendar_years IS 'A year''s Kurban Ait date and transfers of days off, each citing its act (domain.md §9); a year without a row is provisional.';
