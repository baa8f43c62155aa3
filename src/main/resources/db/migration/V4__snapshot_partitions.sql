-- OpenCSC schema, part 4: each snapshot's rows in partitions of their own.
--
-- Why: a national council's snapshot is about 34 million rows. Copied into tables that check each
-- foreign key row by row (one look-up per row and key), it took over twelve minutes to load. Copied
-- into fresh tables of its own and then attached as partitions, PostgreSQL checks each foreign key
-- once for the whole table with one join, builds each index with one sort and, with wal_level
-- minimal, writes no WAL for tables created by the loading transaction. Every rule still holds for
-- every row: ATTACH PARTITION refuses a table whose rows break the parent's primary key, unique
-- indexes, foreign keys, not-null or check constraints, and attach_snapshot_load_tables() checks the
-- overlap rules (forbid_overlaps) before it attaches. Dropping an old snapshot becomes dropping its
-- partitions instead of deleting millions of rows.
--
-- Every domain table of V1 and V2 becomes "partition by list (snapshot_id)" with the same columns,
-- keys, checks, indexes, comments and triggers; rows already loaded move to their snapshot's
-- partitions. A snapshot's partition of table t is named t_s<snapshot_id>.
--
-- Two ways to write a snapshot:
--   * bulk (the loaders): create_snapshot_load_tables(id) creates empty, unattached tables in the
--     loading transaction; COPY fills them; attach_snapshot_load_tables(id) checks and attaches them;
--     the same transaction then serves the snapshot. A failed or killed load leaves nothing behind.
--   * row by row (tests, small edits): create_snapshot_partitions(id) attaches empty partitions, and
--     inserts into the parent tables are checked as before.
-- drop_snapshot_partitions(id) removes a snapshot's rows by dropping its partitions.

-- The overlap rule's query: the first row of candidates whose [start, end) range overlaps another
-- row of the same owner in target. Candidates is a transition table or a partition being loaded;
-- both arguments are already-quoted relation names.
create function overlap_clash_sql(candidates text, target text, args text[])
returns text
language sql immutable as $fn$
  select format(
    $q$select n.%1$s::text as owner, n.%2$s::text as this_key, a.%2$s::text as other_key,
              n.%3$s as this_start, n.%4$s as this_end, a.%3$s as other_start, a.%4$s as other_end
         from %5$s n
         join %6$s a on a.snapshot_id = n.snapshot_id and a.%1$s = n.%1$s and a.%2$s <> n.%2$s
        where daterange(a.%3$s, a.%4$s, '[)') && daterange(n.%3$s, n.%4$s, '[)')
        limit 1$q$,
    quote_ident(args[1]), quote_ident(args[2]), quote_ident(args[3]), quote_ident(args[4]),
    candidates, target)
$fn$;

-- Raises the overlap rule's error (exclusion_violation, 23P01) for one clash.
create function raise_overlap(table_name text, args text[], owner text, this_key text,
                              this_start date, this_end date, other_key text, other_start date,
                              other_end date)
returns void
language plpgsql as $fn$
begin
  raise exception using
    errcode = 'exclusion_violation',
    constraint = table_name || '_no_overlap',
    table = table_name,
    message = format('%s rows of %s %s overlap', table_name, args[1], owner),
    detail = format('%s %s from %s to %s overlaps %s from %s to %s', args[2], this_key, this_start,
                    coalesce(this_end::text, 'open'), other_key, other_start,
                    coalesce(other_end::text, 'open'));
end
$fn$;

-- The statement trigger of V1, now also installed on each partition (a statement trigger of a
-- partitioned table does not fire for writes that name a partition). Arguments: owner column, row
-- key column, start column, end column and, on a partition, the parent table, whose name keys the
-- advisory lock so that writers through the parent and through the partition wait for each other.
create or replace function forbid_overlaps() returns trigger
language plpgsql as $fn$
declare
  args  text[] := tg_argv[0:3];
  clash record;
begin
  perform pg_advisory_xact_lock(hashtext('opencsc.overlap.' || coalesce(tg_argv[4], tg_table_name)),
                                s.snapshot_id::integer)
     from (select distinct snapshot_id from new_rows order by snapshot_id) s;
  execute overlap_clash_sql('new_rows', quote_ident(tg_table_name), args) into clash;
  if clash.owner is not null then
    perform raise_overlap(coalesce(tg_argv[4], tg_table_name), args, clash.owner, clash.this_key,
                          clash.this_start, clash.this_end, clash.other_key, clash.other_start,
                          clash.other_end);
  end if;
  return null;
end
$fn$;

-- The partitioned domain tables, parents before the tables whose foreign keys point at them.
create function snapshot_tables()
returns table (table_name text, depth integer)
language sql stable as $fn$
  with recursive parted as (
    select c.oid as rel
      from pg_partitioned_table p
      join pg_class c on c.oid = p.partrelid
     where c.relnamespace = current_schema()::regnamespace
       and not c.relispartition
  ), edges as (
    select distinct conrelid as rel, confrelid as parent
      from pg_constraint
     where contype = 'f'
       and conrelid in (select rel from parted)
       and confrelid in (select rel from parted)
       and conrelid <> confrelid
  ), depths (rel, depth) as (
    select rel, 0 from parted
    union all
    select e.rel, d.depth + 1 from edges e join depths d on d.rel = e.parent
  )
  select c.relname::text, max(d.depth)
    from depths d join pg_class c on c.oid = d.rel
   group by c.relname
   order by 2, 1
$fn$;

create function snapshot_partition_name(table_name text, snapshot bigint)
returns text
language sql immutable as $fn$
  select table_name || '_s' || snapshot
$fn$;

-- The overlap rules (forbid_overlaps triggers) of a partitioned table, as their trigger arguments.
create function overlap_rules(parent text)
returns table (trigger_name text, on_update boolean, args text[])
language sql stable as $fn$
  select t.tgname::text,
         (t.tgtype & 16) <> 0,
         string_to_array(regexp_replace(encode(t.tgargs, 'escape'), '\\000$', ''), '\000')
    from pg_trigger t
   where t.tgrelid = parent::regclass
     and t.tgfoid = 'forbid_overlaps'::regproc
     and not t.tgisinternal
   order by t.tgname
$fn$;

-- Installs the parent's overlap triggers on one of its partitions.
create function add_overlap_triggers(parent text, part text)
returns void
language plpgsql as $fn$
declare
  rule record;
begin
  for rule in select * from overlap_rules(parent) loop
    execute format(
      'create trigger %I after %s on %I referencing new table as new_rows for each statement'
      ' execute function forbid_overlaps(%s)',
      rule.trigger_name, case when rule.on_update then 'update' else 'insert' end, part,
      (select string_agg(quote_literal(a), ', ') from unnest(rule.args || parent) a));
  end loop;
end
$fn$;

-- Empty tables, not attached, for a bulk load of one snapshot: the parent's columns, defaults,
-- not-null and check constraints (checked by COPY); keys and indexes come with the attach.
create function create_snapshot_load_tables(snapshot bigint)
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
    return next;
  end loop;
end
$fn$;

-- Checks a bulk-loaded snapshot's tables and attaches them, parents first. Raises (and so rolls
-- the load back) on the first broken rule: overlaps here, keys, foreign keys and the partition's
-- snapshot_id in ALTER TABLE ... ATTACH PARTITION. Then refreshes the planner's statistics.
create function attach_snapshot_load_tables(snapshot bigint)
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
    perform add_overlap_triggers(t.table_name, part);
    execute format('alter table %I attach partition %I for values in (%s)', t.table_name, part,
                   snapshot);
    execute format('analyze %I', part);
  end loop;
end
$fn$;

-- Empty partitions, attached, for writing a snapshot row by row through the parent tables.
create function create_snapshot_partitions(snapshot bigint)
returns void
language plpgsql as $fn$
declare
  t    record;
  part text;
begin
  for t in select * from snapshot_tables() loop
    part := snapshot_partition_name(t.table_name, snapshot);
    execute format('create table %I partition of %I for values in (%s)', part, t.table_name,
                   snapshot);
    perform add_overlap_triggers(t.table_name, part);
  end loop;
end
$fn$;

-- Removes a snapshot's rows: detaches and drops its partitions, children before parents.
create function drop_snapshot_partitions(snapshot bigint)
returns void
language plpgsql as $fn$
declare
  t    record;
  part text;
begin
  for t in select * from snapshot_tables() order by depth desc, table_name loop
    part := snapshot_partition_name(t.table_name, snapshot);
    if to_regclass(quote_ident(part)) is not null then
      execute format('alter table %I detach partition %I', t.table_name, part);
      execute format('drop table %I', part);
    end if;
  end loop;
end
$fn$;

-- Convert the tables of V1 and V2, keeping their rows.
do $conversion$
declare
  tables text[] := array[
    'service_area', 'team', 'worker', 'worker_team', 'workforce_vacancy', 'child',
    'child_disability', 'contact', 'early_help_episode', 'referral', 'assessment',
    'assessment_factor', 'cin_plan', 'cin_visit', 'strategy_discussion', 'section47', 'icpc',
    'cp_plan', 'cp_review', 'cp_visit', 'episode_of_care', 'cla_review', 'cla_visit',
    'health_check', 'pep', 'missing_episode', 'care_leaver_contact', 'adoption',
    'previous_permanence', 'allocation', 'supervision'];
  t    text;
  old  text;
  item record;
  s    bigint;
begin
  foreach t in array tables loop
    old := t || '_v3';
    execute format('alter table %I rename to %I', t, old);
    for item in
      select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid
       where x.indrelid = old::regclass
    loop
      execute format('alter index %I rename to %I', item.relname, item.relname || '_v3');
    end loop;
    execute format('create table %I (like %I including all) partition by list (snapshot_id)', t,
                   old);
    execute format('comment on table %I is %L', t, obj_description(old::regclass, 'pg_class'));
    for item in
      select conname, pg_get_constraintdef(oid) as def from pg_constraint
       where conrelid = old::regclass and contype = 'f' order by conname
    loop
      execute format('alter table %I add constraint %I %s', t, item.conname,
                     regexp_replace(item.def, 'REFERENCES (\w+)_v3\(', 'REFERENCES \1(', 'g'));
    end loop;
    for item in
      select pg_get_triggerdef(oid) as def from pg_trigger
       where tgrelid = old::regclass and not tgisinternal
    loop
      execute regexp_replace(item.def, ' ON (\w+\.)?' || old || ' ', ' ON ' || quote_ident(t) || ' ');
    end loop;
  end loop;

  for s in select snapshot_id from snapshot where status <> 'failed' order by snapshot_id loop
    perform create_snapshot_load_tables(s);
    foreach t in array tables loop
      execute format('insert into %I select * from %I where snapshot_id = %s',
                     snapshot_partition_name(t, s), t || '_v3', s);
    end loop;
    perform attach_snapshot_load_tables(s);
  end loop;

  for i in reverse array_length(tables, 1) .. 1 loop
    execute format('drop table %I', tables[i] || '_v3');
  end loop;
end
$conversion$;
