ALTER TABLE "organisations" ADD COLUMN "region_name_kk" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "region_name_ru" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "town_kk" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "town_ru" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "phones" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "phones_e164" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "faxes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "emails" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "websites" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "schedule" jsonb;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "suspect" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sources" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "search_key" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_sources_check" CHECK (jsonb_typeof("organisations"."sources") = 'array');--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_suspect_check" CHECK (jsonb_typeof("organisations"."suspect") = 'array');