-- The list is newest first with the id as tie-breaker: one index gives both, so a page is read in index order.
-- H2 has no trigram index; PostgreSQL's V3 adds one for q= searches.
create index ix_subscription_newest_first on subscription (created_at desc, id);
drop index ix_subscription_created_at;
