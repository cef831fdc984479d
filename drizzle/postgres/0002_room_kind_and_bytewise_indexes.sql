-- Indexes only (contract unchanged): room history pages read
-- idx_messages_room_kind, which skips the thread messages that share the
-- room's room_id; the *_bytewise indexes serve the COLLATE "C" id order of the
-- room, thread and DM collections (Postgres only). IF NOT EXISTS, as in the
-- reference's own migrations, so a database where an index was already added
-- by hand still migrates.
CREATE INDEX IF NOT EXISTS "idx_dm_conversations_id_bytewise" ON "dm_conversations" USING btree ("dm_id" collate "C");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_messages_room_kind" ON "messages" USING btree ("room_id","target_kind","created_at","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_rooms_id_bytewise" ON "rooms" USING btree ("id" collate "C");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_threads_room_bytewise" ON "threads" USING btree ("room_id","id" collate "C");