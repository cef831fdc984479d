CREATE TABLE "agents" (
	"agent_id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"actor_uid" text NOT NULL,
	"actor_uri" text NOT NULL,
	"display_name" text,
	"credential_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "artifacts" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"fqid" text NOT NULL,
	"message_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"room_id" text,
	"thread_id" text,
	"dm_id" text,
	"target_json" text NOT NULL,
	"part_index" integer NOT NULL,
	"kind" text NOT NULL,
	"media_type" text,
	"filename" text,
	"url" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dm_conversations" (
	"dm_id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"fqid" text NOT NULL,
	"message_count" integer NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dm_participants" (
	"dm_id" text NOT NULL,
	"participant_id" text NOT NULL,
	CONSTRAINT "dm_participants_pkey" PRIMARY KEY("dm_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"room_id" text,
	"thread_id" text,
	"parent_message_id" text,
	"dm_id" text,
	"target_json" text NOT NULL,
	"from_json" text NOT NULL,
	"parts_json" text NOT NULL,
	"mentions_json" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"origin_json" text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_members" (
	"room_id" text NOT NULL,
	"member_id" text NOT NULL,
	CONSTRAINT "room_members_pkey" PRIMARY KEY("room_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"fqid" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	"visibility" text DEFAULT 'private' NOT NULL,
	"write_policy" text DEFAULT 'members' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"id" text PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"fqid" text NOT NULL,
	"room_id" text NOT NULL,
	"parent_message_id" text NOT NULL,
	"message_count" integer NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_dm_id_fkey" FOREIGN KEY ("dm_id") REFERENCES "public"."dm_conversations"("dm_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dm_participants" ADD CONSTRAINT "dm_participants_dm_id_fkey" FOREIGN KEY ("dm_id") REFERENCES "public"."dm_conversations"("dm_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_dm_id_fkey" FOREIGN KEY ("dm_id") REFERENCES "public"."dm_conversations"("dm_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_members" ADD CONSTRAINT "room_members_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_agents_credential_key" ON "agents" USING btree ("credential_key");--> statement-breakpoint
CREATE INDEX "idx_artifacts_room" ON "artifacts" USING btree ("room_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idx_artifacts_thread" ON "artifacts" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idx_artifacts_dm" ON "artifacts" USING btree ("dm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idx_artifacts_created" ON "artifacts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_messages_room" ON "messages" USING btree ("room_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idx_messages_thread" ON "messages" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idx_messages_dm" ON "messages" USING btree ("dm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "idx_messages_created" ON "messages" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_rooms_deleted_at" ON "rooms" USING btree ("deleted_at");--> statement-breakpoint
CREATE INDEX "idx_threads_room" ON "threads" USING btree ("room_id","id");