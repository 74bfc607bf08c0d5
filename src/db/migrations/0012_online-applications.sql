CREATE TABLE "online_applications" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"draft_token_hash" text NOT NULL,
	"access_code_hash" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "online_applications_draft_token_key" UNIQUE("draft_token_hash")
);
--> statement-breakpoint
ALTER TABLE "online_applications" ADD CONSTRAINT "online_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "online_applications_updated_idx" ON "online_applications" USING btree ("updated_at");