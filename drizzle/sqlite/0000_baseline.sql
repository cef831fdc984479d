CREATE TABLE `agents` (
	`agent_id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`actor_uid` text NOT NULL,
	`actor_uri` text NOT NULL,
	`display_name` text,
	`credential_key` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `idx_agents_credential_key` ON `agents` (`credential_key`);--> statement-breakpoint
CREATE TABLE `artifacts` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`fqid` text NOT NULL,
	`message_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`room_id` text,
	`thread_id` text,
	`dm_id` text,
	`target_json` text NOT NULL,
	`part_index` integer NOT NULL,
	`kind` text NOT NULL,
	`media_type` text,
	`filename` text,
	`url` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dm_id`) REFERENCES `dm_conversations`(`dm_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `idx_artifacts_room` ON `artifacts` (`room_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `idx_artifacts_thread` ON `artifacts` (`thread_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `idx_artifacts_dm` ON `artifacts` (`dm_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `idx_artifacts_created` ON `artifacts` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `dm_conversations` (
	`dm_id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`fqid` text NOT NULL,
	`message_count` integer NOT NULL,
	`last_message_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dm_participants` (
	`dm_id` text NOT NULL,
	`participant_id` text NOT NULL,
	PRIMARY KEY(`dm_id`, `participant_id`),
	FOREIGN KEY (`dm_id`) REFERENCES `dm_conversations`(`dm_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`room_id` text,
	`thread_id` text,
	`parent_message_id` text,
	`dm_id` text,
	`target_json` text NOT NULL,
	`from_json` text NOT NULL,
	`parts_json` text NOT NULL,
	`mentions_json` text NOT NULL,
	`created_at` text NOT NULL,
	`origin_json` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dm_id`) REFERENCES `dm_conversations`(`dm_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `idx_messages_room` ON `messages` (`room_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `idx_messages_thread` ON `messages` (`thread_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `idx_messages_dm` ON `messages` (`dm_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `idx_messages_created` ON `messages` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `room_members` (
	`room_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`room_id`, `member_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`fqid` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	`visibility` text DEFAULT 'private' NOT NULL,
	`write_policy` text DEFAULT 'members' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `idx_rooms_deleted_at` ON `rooms` (`deleted_at`);--> statement-breakpoint
CREATE TABLE `threads` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`fqid` text NOT NULL,
	`room_id` text NOT NULL,
	`parent_message_id` text NOT NULL,
	`message_count` integer NOT NULL,
	`last_message_at` text NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `idx_threads_room` ON `threads` (`room_id`,`id`);