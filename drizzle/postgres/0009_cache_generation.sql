-- A counter that moves whenever rooms, their members or agent registrations
-- change, whoever changes them (this server, another one on the same
-- database, the reference server, a hand-written UPDATE). A server may keep
-- rooms and registrations in memory for the lookups every message makes, and
-- checks this counter in the statement that depends on them: if it moved, the
-- cached copies are dropped and the request is read again (postgres/
-- cache-generation.ts). Statement-level triggers: one bump per statement,
-- however many rows it touched.
CREATE TABLE "cache_generation" (
	"id" smallint PRIMARY KEY NOT NULL CHECK ("id" = 1),
	"generation" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "cache_generation" ("id", "generation") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "moltnet_bump_cache_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "cache_generation" SET "generation" = "generation" + 1 WHERE "id" = 1;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "rooms_cache_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rooms"
	FOR EACH STATEMENT EXECUTE FUNCTION "moltnet_bump_cache_generation"();
--> statement-breakpoint
CREATE TRIGGER "room_members_cache_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "room_members"
	FOR EACH STATEMENT EXECUTE FUNCTION "moltnet_bump_cache_generation"();
--> statement-breakpoint
CREATE TRIGGER "agents_cache_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agents"
	FOR EACH STATEMENT EXECUTE FUNCTION "moltnet_bump_cache_generation"();
