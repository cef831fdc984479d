-- Indexes only (contract unchanged): room history pages read
-- idx_messages_room_kind, which skips the thread messages that share the
-- room's room_id. IF NOT EXISTS, as in the reference's own migrations, so a
-- database where the index was already added by hand still migrates.
CREATE INDEX IF NOT EXISTS `idx_messages_room_kind` ON `messages` (`room_id`,`target_kind`,`created_at`,`id`);