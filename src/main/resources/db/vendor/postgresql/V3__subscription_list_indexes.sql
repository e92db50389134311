-- The list is newest first with the id as tie-breaker: one index gives both, so a page is read in index order.
create index ix_subscription_newest_first on subscription (created_at desc, id);
drop index ix_subscription_created_at;

-- q= is a substring match on lower(description); a trigram index lets PostgreSQL find it without reading every
-- row. pg_trgm is a trusted extension, but a database user without CREATE on the database cannot add it: then the
-- search still works, only by scanning, and a notice says why.
do $$
begin
    create extension if not exists pg_trgm;
exception
    when insufficient_privilege then
        raise notice 'pg_trgm not available (%); q= searches will scan the subscription table', sqlerrm;
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index ix_subscription_description_trgm on subscription using gin (lower(description) gin_trgm_ops);
    end if;
end
$$;
