-- Rewrites every stored time from the reference's trimmed RFC3339Nano text
-- (2026-04-01T09:00:00Z, 2026-04-01T09:00:00.5Z) to the fixed-width form with
-- nine fraction digits (2026-04-01T09:00:00.000000000Z, ...:00.500000000Z).
-- Only zeros are appended, so every instant keeps its exact value, and text
-- order becomes chronological (trimmed text sorts ...:00.5Z before ...:00Z).
-- Values that are not UTC RFC 3339 with 0-9 fraction digits are left alone.
-- The fixed-width text is still RFC 3339, so the reference can read it.
UPDATE `rooms` SET `created_at` = CASE
	WHEN length(`created_at`) = 20 THEN substr(`created_at`, 1, 19) || '.000000000Z'
	ELSE substr(`created_at`, 1, length(`created_at`) - 1) || substr('000000000', 1, 30 - length(`created_at`)) || 'Z'
END
WHERE length(`created_at`) BETWEEN 20 AND 29
	AND substr(`created_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`created_at`, -1) = 'Z'
	AND (length(`created_at`) = 20 OR (substr(`created_at`, 20, 1) = '.' AND length(`created_at`) >= 22 AND substr(`created_at`, 21, length(`created_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `rooms` SET `deleted_at` = CASE
	WHEN length(`deleted_at`) = 20 THEN substr(`deleted_at`, 1, 19) || '.000000000Z'
	ELSE substr(`deleted_at`, 1, length(`deleted_at`) - 1) || substr('000000000', 1, 30 - length(`deleted_at`)) || 'Z'
END
WHERE length(`deleted_at`) BETWEEN 20 AND 29
	AND substr(`deleted_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`deleted_at`, -1) = 'Z'
	AND (length(`deleted_at`) = 20 OR (substr(`deleted_at`, 20, 1) = '.' AND length(`deleted_at`) >= 22 AND substr(`deleted_at`, 21, length(`deleted_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `threads` SET `last_message_at` = CASE
	WHEN length(`last_message_at`) = 20 THEN substr(`last_message_at`, 1, 19) || '.000000000Z'
	ELSE substr(`last_message_at`, 1, length(`last_message_at`) - 1) || substr('000000000', 1, 30 - length(`last_message_at`)) || 'Z'
END
WHERE length(`last_message_at`) BETWEEN 20 AND 29
	AND substr(`last_message_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`last_message_at`, -1) = 'Z'
	AND (length(`last_message_at`) = 20 OR (substr(`last_message_at`, 20, 1) = '.' AND length(`last_message_at`) >= 22 AND substr(`last_message_at`, 21, length(`last_message_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `dm_conversations` SET `last_message_at` = CASE
	WHEN length(`last_message_at`) = 20 THEN substr(`last_message_at`, 1, 19) || '.000000000Z'
	ELSE substr(`last_message_at`, 1, length(`last_message_at`) - 1) || substr('000000000', 1, 30 - length(`last_message_at`)) || 'Z'
END
WHERE length(`last_message_at`) BETWEEN 20 AND 29
	AND substr(`last_message_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`last_message_at`, -1) = 'Z'
	AND (length(`last_message_at`) = 20 OR (substr(`last_message_at`, 20, 1) = '.' AND length(`last_message_at`) >= 22 AND substr(`last_message_at`, 21, length(`last_message_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `messages` SET `created_at` = CASE
	WHEN length(`created_at`) = 20 THEN substr(`created_at`, 1, 19) || '.000000000Z'
	ELSE substr(`created_at`, 1, length(`created_at`) - 1) || substr('000000000', 1, 30 - length(`created_at`)) || 'Z'
END
WHERE length(`created_at`) BETWEEN 20 AND 29
	AND substr(`created_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`created_at`, -1) = 'Z'
	AND (length(`created_at`) = 20 OR (substr(`created_at`, 20, 1) = '.' AND length(`created_at`) >= 22 AND substr(`created_at`, 21, length(`created_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `artifacts` SET `created_at` = CASE
	WHEN length(`created_at`) = 20 THEN substr(`created_at`, 1, 19) || '.000000000Z'
	ELSE substr(`created_at`, 1, length(`created_at`) - 1) || substr('000000000', 1, 30 - length(`created_at`)) || 'Z'
END
WHERE length(`created_at`) BETWEEN 20 AND 29
	AND substr(`created_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`created_at`, -1) = 'Z'
	AND (length(`created_at`) = 20 OR (substr(`created_at`, 20, 1) = '.' AND length(`created_at`) >= 22 AND substr(`created_at`, 21, length(`created_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `agents` SET `created_at` = CASE
	WHEN length(`created_at`) = 20 THEN substr(`created_at`, 1, 19) || '.000000000Z'
	ELSE substr(`created_at`, 1, length(`created_at`) - 1) || substr('000000000', 1, 30 - length(`created_at`)) || 'Z'
END
WHERE length(`created_at`) BETWEEN 20 AND 29
	AND substr(`created_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`created_at`, -1) = 'Z'
	AND (length(`created_at`) = 20 OR (substr(`created_at`, 20, 1) = '.' AND length(`created_at`) >= 22 AND substr(`created_at`, 21, length(`created_at`) - 21) NOT GLOB '*[^0-9]*'));
--> statement-breakpoint
UPDATE `agents` SET `updated_at` = CASE
	WHEN length(`updated_at`) = 20 THEN substr(`updated_at`, 1, 19) || '.000000000Z'
	ELSE substr(`updated_at`, 1, length(`updated_at`) - 1) || substr('000000000', 1, 30 - length(`updated_at`)) || 'Z'
END
WHERE length(`updated_at`) BETWEEN 20 AND 29
	AND substr(`updated_at`, 1, 19) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'
	AND substr(`updated_at`, -1) = 'Z'
	AND (length(`updated_at`) = 20 OR (substr(`updated_at`, 20, 1) = '.' AND length(`updated_at`) >= 22 AND substr(`updated_at`, 21, length(`updated_at`) - 21) NOT GLOB '*[^0-9]*'));