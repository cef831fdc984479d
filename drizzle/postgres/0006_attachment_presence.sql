CREATE TABLE "attachment_presence" (
	"attachment_id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"server_id" text NOT NULL,
	"heartbeat_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_attachment_presence_heartbeat" ON "attachment_presence" USING btree ("heartbeat_at");