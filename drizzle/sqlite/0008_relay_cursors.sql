CREATE TABLE `relay_cursors` (
	`pairing_id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`owner` text NOT NULL,
	`lease_until` integer NOT NULL
);
