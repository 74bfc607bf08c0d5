CREATE TABLE "case_contacts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"email" text,
	"phone" text,
	"lang" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_contacts_lang_check" CHECK ("case_contacts"."lang" in ('kk', 'ru')),
	CONSTRAINT "case_contacts_some_channel" CHECK ("case_contacts"."email" is not null or "case_contacts"."phone" is not null)
);
--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;