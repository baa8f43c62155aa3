-- Attaching a load table checks each of its foreign keys: PostgreSQL looks every new row up in the
-- referenced table. Left to itself the planner hashes the whole referenced table, every snapshot
-- kept (opencsc.ingest.keep-snapshots, seven by default), because it cannot know that only the new
-- snapshot's partition can match: with seven kept, attaching the benchmark council's 1,188 missing
-- episodes hashed 350,000 children (200 ms instead of 5), and a nightly refresh's attach took two
-- and a half times as long as the first load's.
--
-- So a table whose rows are few beside everything its foreign keys refer to is attached with
-- hash and merge joins off: each row is looked up by the referenced key's index, in the new
-- snapshot's partition only (partitions are pruned as the rows are read). Looking up a row costs
-- about six times what hashing one costs, hence the factor. A first load, where the referenced
-- tables hold that one snapshot, still hashes.
create or replace function attach_snapshot_load_tables(snapshot bigint)
returns void
language plpgsql as $fn$
declare
  t       record;
  rule    record;
  part    text;
  clash   record;
  look_up boolean;
  hash    text := current_setting('enable_hashjoin');
  merge   text := current_setting('enable_mergejoin');
begin
  for t in select * from snapshot_tables() loop
    part := snapshot_partition_name(t.table_name, snapshot);
    for rule in select * from overlap_rules(t.table_name) where not on_update loop
      execute overlap_clash_sql(quote_ident(part), quote_ident(part), rule.args) into clash;
      if clash.owner is not null then
        perform raise_overlap(t.table_name, rule.args, clash.owner, clash.this_key,
                              clash.this_start, clash.this_end, clash.other_key,
                              clash.other_start, clash.other_end);
      end if;
    end loop;
    -- Statistics first: they are the partition's once attached, and the attach's index builds
    -- size their parallel workers by the table's pages, which only an analyze has counted.
    execute format('analyze %I', part);
    perform add_overlap_triggers(t.table_name, part);
    look_up := foreign_keys_are_looked_up(t.table_name, part);
    if look_up then
      perform set_config('enable_hashjoin', 'off', true);
      perform set_config('enable_mergejoin', 'off', true);
    end if;
    execute format('alter table %I attach partition %I for values in (%s)', t.table_name, part,
                   snapshot);
    if look_up then
      perform set_config('enable_hashjoin', hash, true);
      perform set_config('enable_mergejoin', merge, true);
    end if;
    execute format('alter table %I drop constraint if exists %I', part, part || '_snapshot');
  end loop;
end
$fn$;

-- Whether the load table's foreign keys are better checked by looking each row up than by hashing
-- what they refer to: the table has foreign keys to other snapshot tables, and each of those holds
-- (all its partitions together, as last analysed) more than six times the load table's rows.
create function foreign_keys_are_looked_up(table_name text, load_table text)
returns boolean
language sql stable as $fn$
  with keys as (
    select c.confrelid as referenced
      from pg_constraint c
     where c.conrelid = to_regclass(quote_ident(table_name))
       and c.contype = 'f'
       and c.conparentid = 0
       and exists (select 1 from pg_partitioned_table p where p.partrelid = c.confrelid)
  ), sizes as (
    select k.referenced,
           (select coalesce(sum(greatest(r.reltuples, 0)), 0)
              from pg_inherits i join pg_class r on r.oid = i.inhrelid
             where i.inhparent = k.referenced) as referenced_rows
      from keys k
  )
  select count(*) > 0
         and bool_and(referenced_rows > 6 * (select greatest(reltuples, 0)
                                              from pg_class where oid = to_regclass(quote_ident(load_table))))
    from sizes
$fn$;
