-- "Out of sync" is the list operators filter by to find what needs them, and few rows match it: without this index
-- the newest-first page walks the whole table to find none. Same order and tie-breaker as ix_subscription_newest_first.
create index ix_subscription_insync_newest_first on subscription (insync, created_at desc, id);
