CREATE TABLE "events" (
	"position" bigint PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"type" text NOT NULL,
	"data" text NOT NULL,
	"recorded_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_events_id" ON "events" USING btree ("id");