CREATE TABLE "relay_cursors" (
	"pairing_id" text PRIMARY KEY NOT NULL,
	"position" bigint NOT NULL,
	"owner" text NOT NULL,
	"lease_until" bigint NOT NULL
);
