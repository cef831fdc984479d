-- Indexes only (contract unchanged): message history pages order by
-- (created_at, id COLLATE "C"); the default-collation indexes cannot deliver
-- that order, so a page sorted its whole conversation. IF NOT EXISTS, as in
-- the reference's own migrations, so a database where an index was already
-- added by hand still migrates.
CREATE INDEX IF NOT EXISTS "idx_messages_room_kind_bytewise" ON "messages" USING btree ("room_id","target_kind","created_at","id" collate "C");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_messages_thread_bytewise" ON "messages" USING btree ("thread_id","created_at","id" collate "C");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_messages_dm_bytewise" ON "messages" USING btree ("dm_id","created_at","id" collate "C");
