CREATE TABLE "complaint_survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"answered_on" date NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "complaint_survey_answers_score_check" CHECK ("complaint_survey_answers"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"incoming_number" text NOT NULL,
	"registered_in" uuid NOT NULL,
	"handled_by" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"addressee" text NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"case_id" uuid,
	"copy_attached" boolean DEFAULT false NOT NULL,
	"surname" text,
	"name" text,
	"patronymic" text,
	"address" text,
	"phone" text,
	"body" text,
	"state" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_on" date NOT NULL,
	"registered_by" uuid,
	"term_id" text NOT NULL,
	"due_on" date NOT NULL,
	"assigned_to" uuid,
	"outcome" text,
	"reasons" text,
	"consequence" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"outgoing_number" text,
	"answered_on" date,
	"signer_role" text,
	"delivered_how" text,
	"delivered_on" date,
	"delivery_proof" text,
	"court_outcome" text,
	"court_reference" text,
	"court_decided_on" date,
	"court_consequence" text,
	"access_code_hash" text,
	"survey_answered" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_tracking_code_key" UNIQUE("tracking_code"),
	CONSTRAINT "complaints_incoming_number_key" UNIQUE("incoming_number"),
	CONSTRAINT "complaints_outgoing_number_key" UNIQUE("outgoing_number"),
	CONSTRAINT "complaints_kind_check" CHECK ("complaints"."kind" in ('result', 'service', 'official')),
	CONSTRAINT "complaints_addressee_check" CHECK ("complaints"."addressee" in ('office_head', 'akimat_head')),
	CONSTRAINT "complaints_channel_check" CHECK ("complaints"."channel" in ('hand', 'post', 'online')),
	CONSTRAINT "complaints_language_check" CHECK ("complaints"."language" in ('kk', 'ru')),
	CONSTRAINT "complaints_state_check" CHECK ("complaints"."state" in ('registered', 'assigned', 'answered', 'delivered')),
	CONSTRAINT "complaints_application_check" CHECK ("complaints"."case_id" is not null or "complaints"."copy_attached"),
	CONSTRAINT "complaints_answered_check" CHECK (("complaints"."state" in ('answered', 'delivered')) = ("complaints"."outgoing_number" is not null)),
	CONSTRAINT "complaints_delivered_check" CHECK (("complaints"."state" = 'delivered') = ("complaints"."delivered_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "complaint_survey_answers" ADD CONSTRAINT "complaint_survey_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_registered_in_organisations_id_fk" FOREIGN KEY ("registered_in") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handled_by_organisations_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_office_id_organisations_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_registered_by_accounts_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_assigned_to_accounts_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_survey_answers_office_day_idx" ON "complaint_survey_answers" USING btree ("organisation_id","answered_on");--> statement-breakpoint
CREATE INDEX "complaints_handled_due_idx" ON "complaints" USING btree ("handled_by","state","due_on");--> statement-breakpoint
CREATE INDEX "complaints_registered_in_idx" ON "complaints" USING btree ("registered_in");--> statement-breakpoint
CREATE INDEX "complaints_office_idx" ON "complaints" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "complaints_case_idx" ON "complaints" USING btree ("case_id");