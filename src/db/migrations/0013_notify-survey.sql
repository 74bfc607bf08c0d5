CREATE TABLE "case_messages" (
	"outbox_id" bigint PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"event" text NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_messages_event_check" CHECK ("case_messages"."event" in ('registered', 'ready', 'refused', 'expiry', 'survey')),
	CONSTRAINT "case_messages_channel_check" CHECK ("case_messages"."channel" in ('email', 'sms'))
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"answered_on" date NOT NULL,
	"process" smallint NOT NULL,
	"information" smallint NOT NULL,
	"politeness" smallint NOT NULL,
	CONSTRAINT "survey_answers_scale_check" CHECK ("survey_answers"."process" between 1 and 5 and "survey_answers"."information" between 1 and 5 and "survey_answers"."politeness" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"used" boolean DEFAULT false NOT NULL,
	CONSTRAINT "survey_invitations_case_key" UNIQUE("case_id")
);
--> statement-breakpoint
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_messages_case_idx" ON "case_messages" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "survey_answers_office_day_idx" ON "survey_answers" USING btree ("organisation_id","answered_on");