CREATE TABLE "complaint_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea",
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_scans_complaint_key" UNIQUE("complaint_id"),
	CONSTRAINT "complaint_scans_size_check" CHECK ("complaint_scans"."byte_size" > 0),
	CONSTRAINT "complaint_scans_sha256_check" CHECK ("complaint_scans"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "complaint_scans" ADD CONSTRAINT "complaint_scans_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;