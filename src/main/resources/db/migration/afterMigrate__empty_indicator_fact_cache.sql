-- At every start: the rows kept for drill-down are a cache, and the local standards or the bank
-- holidays they were worked out with may have changed since. (A database migrated only part of
-- the way, to a version before the cache, has nothing to empty.)
do $$
begin
  if to_regclass('indicator_fact_set') is not null then
    truncate indicator_fact_set, indicator_fact;
  end if;
end
$$;
