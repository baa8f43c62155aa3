-- A load table carries a CHECK that its rows belong to its snapshot (snapshot_id = N), the same
-- as the partition constraint it will have: ALTER TABLE ... ATTACH PARTITION then knows every
-- row fits without reading the table again (on a national load, seconds saved). The check is
-- dropped once attached, where the partition constraint says the same. Each table is analysed
-- before it is attached rather than after: the attach's primary-key and index builds then use
-- parallel workers (PostgreSQL sizes them from the table's page count, zero until analysed).

create or replace function create_snapshot_load_tables(snapshot bigint)
returns table (table_name text, load_table text)
language plpgsql as $fn$
declare
  t record;
begin
  for t in select * from snapshot_tables() loop
    table_name := t.table_name;
    load_table := snapshot_partition_name(t.table_name, snapshot);
    execute format('create table %I (like %I including defaults including constraints'
                   ' including storage including compression)', load_table, t.table_name);
    execute format('alter table %I add constraint %I check (snapshot_id = %s)', load_table,
                   load_table || '_snapshot', snapshot);
    return next;
  end loop;
end
$fn$;

create or replace function attach_snapshot_load_tables(snapshot bigint)
returns void
language plpgsql as $fn$
declare
  t     record;
  rule  record;
  part  text;
  clash record;
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
    execute format('alter table %I attach partition %I for values in (%s)', t.table_name, part,
                   snapshot);
    execute format('alter table %I drop constraint if exists %I', part, part || '_snapshot');
  end loop;
end
$fn$;
