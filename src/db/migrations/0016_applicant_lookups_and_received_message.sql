CREATE TABLE "pending_access_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pending_access_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chain_id" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"ip" text,
	"request_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_messages" DROP CONSTRAINT "case_messages_event_check";--> statement-breakpoint
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_event_check" CHECK ("case_messages"."event" in ('received', 'registered', 'ready', 'refused', 'expiry', 'survey'));