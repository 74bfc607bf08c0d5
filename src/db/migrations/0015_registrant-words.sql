CREATE TABLE "registrant_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "registrant_words_trgm_idx" ON "registrant_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- Hand-written (re-append after re-generation): the words are kept by statement triggers on
-- registrants, so that every path that writes a name (intake, paper import, the generator's bulk
-- load) feeds them; the words present are taken in at once.
CREATE FUNCTION tirkeu_registrant_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registrant_words (word)
    SELECT DISTINCT w FROM new_rows, unnest(new_rows.name_tokens) AS w ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER registrants_words_insert AFTER INSERT ON registrants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_registrant_words_add();
--> statement-breakpoint
CREATE TRIGGER registrants_words_update AFTER UPDATE ON registrants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tirkeu_registrant_words_add();
--> statement-breakpoint
INSERT INTO registrant_words (word)
  SELECT DISTINCT w FROM registrants, unnest(registrants.name_tokens) AS w ON CONFLICT DO NOTHING;
--> statement-breakpoint
COMMENT ON TABLE registrant_words IS 'Every word (name skeleton) of the registry once, for the typo search: trigrams over the words, then the registrants by name_tokens.';
