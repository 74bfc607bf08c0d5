-- domain.md §8 (§17): the audit trail, the access log and the chain checkpoints are append-only.
-- Triggers hold on the embedded database too, where everything runs as one superuser; tampering that
-- gets past them (disabling triggers) is found by `tirkeu audit verify` through the hash chains.
CREATE OR REPLACE FUNCTION tirkeu_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only (%)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'audit records are never changed or removed';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER chain_checkpoints_append_only BEFORE UPDATE OR DELETE ON chain_checkpoints
  FOR EACH ROW EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER chain_checkpoints_no_truncate BEFORE TRUNCATE ON chain_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE audit_events IS 'Typed audit events, one hash chain per office (domain.md §8, standard §17). Append-only.';
--> statement-breakpoint
COMMENT ON TABLE access_log IS 'Reads of a person''s record (domain.md §8, standard §17). Append-only, hash chained per office.';
--> statement-breakpoint
COMMENT ON TABLE outbox IS 'Side effects written with the change and delivered after commit (e-mail, SMS, rendering).';
--> statement-breakpoint
COMMENT ON COLUMN organisations.code IS 'Stable office code RR-NNN (akimat RR-NNN-A), domain.md §1; never changes.';
--> statement-breakpoint
COMMENT ON COLUMN organisations.four_eyes IS 'The one who proposes may not sign (domain.md §3); on by default.';
