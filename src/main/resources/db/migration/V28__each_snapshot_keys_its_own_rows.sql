-- OpenCSC schema, part 28: the foreign keys between snapshot tables are each snapshot's own.
--
-- Why: a foreign key declared on a partitioned table is checked, when a load table is attached,
-- against the whole referenced parent table: every kept snapshot (opencsc.ingest.keep-snapshots,
-- seven by default). With seven kept, a refresh of the benchmark council attached in 1.4 s (V27's
-- look-ups included) where the first load takes 0.9 s: the difference was the key checks, which
-- cost the first load about 0.2 s. And dropping an old snapshot checked, for each key, that no
-- other snapshot referred to its rows.
--
-- Every key of a snapshot table starts with snapshot_id, so a row can only ever refer to a row of
-- its own snapshot. The same rule is kept by a foreign key from each snapshot's partition to the
-- same snapshot's partition of the referenced table: referral_s9's (snapshot_id, child_id)
-- references child_s9. Checking it hashes that one snapshot's rows, however many are kept, and
-- a snapshot's partitions are dropped without looking at any other snapshot.
--
-- The keys are declared once, in snapshot_foreign_key, and added to a snapshot's partitions by
-- attach_snapshot_load_tables (each table's keys right after it is attached) and by
-- create_snapshot_partitions. A later migration may declare a key on a parent table as before and
-- then call register_snapshot_foreign_keys(), which moves it (SnapshotPartitionsIT fails while one
-- is left on a parent). Keys to the snapshot table itself stay on the parents: it is small.
--
-- No query plan changes: PostgreSQL's planner does not use the foreign keys of partitioned tables
-- (it ignores those of inheritance parents when estimating joins).

create table snapshot_foreign_key (
  table_name         text not null,
  constraint_name    text not null,
  columns            text[] not null,
  referenced_table   text not null,
  referenced_columns text[] not null,
  on_delete          text not null
    check (on_delete in ('no action', 'restrict', 'cascade', 'set null', 'set default')),
  primary key (table_name, constraint_name)
);
comment on table snapshot_foreign_key is
  'The foreign keys between snapshot tables (V28), added to each snapshot''s partitions: table_name''s partition of a snapshot references the same snapshot''s partition of referenced_table.';

-- The partitioned domain tables, parents before the tables whose foreign keys point at them (keys
-- registered in snapshot_foreign_key, and any still declared on a parent table).
create or replace function snapshot_tables()
returns table (table_name text, depth integer)
language sql stable as $fn$
  with recursive parted as (
    select c.oid as rel
      from pg_partitioned_table p
      join pg_class c on c.oid = p.partrelid
     where c.relnamespace = current_schema()::regnamespace
       and not c.relispartition
  ), declared as (
    select conrelid as rel, confrelid as parent
      from pg_constraint
     where contype = 'f'
    union
    select to_regclass(quote_ident(k.table_name))::oid, to_regclass(quote_ident(k.referenced_table))::oid
      from snapshot_foreign_key k
  ), edges as (
    select distinct rel, parent
      from declared
     where rel in (select rel from parted)
       and parent in (select rel from parted)
       and rel <> parent
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

-- Adds the registered foreign keys of one snapshot's partition of a table that it does not have
-- yet, each referencing the same snapshot's partition (which must exist and have its keys). Adding
-- a key to a partition with rows checks them all with one join.
create function add_snapshot_foreign_keys(parent text, snapshot bigint)
returns void
language plpgsql as $fn$
declare
  k    record;
  part text := snapshot_partition_name(parent, snapshot);
begin
  for k in
    select f.*
      from snapshot_foreign_key f
     where f.table_name = parent
       and not exists (select 1 from pg_constraint c
                        where c.conrelid = to_regclass(quote_ident(part))
                          and c.conname = f.constraint_name)
     order by f.constraint_name
  loop
    execute format('alter table %I add constraint %I foreign key (%s) references %I (%s)'
                   ' on delete %s',
                   part, k.constraint_name,
                   (select string_agg(quote_ident(c), ', ' order by n)
                      from unnest(k.columns) with ordinality u (c, n)),
                   snapshot_partition_name(k.referenced_table, snapshot),
                   (select string_agg(quote_ident(c), ', ' order by n)
                      from unnest(k.referenced_columns) with ordinality u (c, n)),
                   k.on_delete);
  end loop;
end
$fn$;

-- Moves each foreign key declared between two snapshot parent tables into snapshot_foreign_key,
-- drops it from the parent (and so from every partition) and adds it to each snapshot's
-- partitions; returns how many it moved.
create function register_snapshot_foreign_keys()
returns integer
language plpgsql as $fn$
declare
  k     record;
  t     record;
  s     bigint;
  moved integer := 0;
begin
  for k in
    select con.conname::text as constraint_name, tab.relname::text as table_name,
           ref.relname::text as referenced_table, con.confdeltype, con.confupdtype,
           con.condeferrable, con.confmatchtype,
           array(select a.attname::text
                   from unnest(con.conkey) with ordinality u (attnum, n)
                   join pg_attribute a on a.attrelid = con.conrelid and a.attnum = u.attnum
                  order by u.n) as columns,
           array(select a.attname::text
                   from unnest(con.confkey) with ordinality u (attnum, n)
                   join pg_attribute a on a.attrelid = con.confrelid and a.attnum = u.attnum
                  order by u.n) as referenced_columns
      from pg_constraint con
      join pg_class tab on tab.oid = con.conrelid
      join pg_class ref on ref.oid = con.confrelid
     where con.contype = 'f'
       and con.conparentid = 0
       and tab.relkind = 'p' and not tab.relispartition
       and ref.relkind = 'p' and not ref.relispartition
       and tab.relnamespace = current_schema()::regnamespace
     order by tab.relname, con.conname
  loop
    if k.confupdtype <> 'a' or k.condeferrable or k.confmatchtype <> 's' then
      raise exception 'foreign key % of % has an ON UPDATE action, is deferrable or is not MATCH'
                      ' SIMPLE, which snapshot_foreign_key does not keep', k.constraint_name,
                      k.table_name;
    end if;
    insert into snapshot_foreign_key (table_name, constraint_name, columns, referenced_table,
                                      referenced_columns, on_delete)
    values (k.table_name, k.constraint_name, k.columns, k.referenced_table,
            k.referenced_columns,
            case k.confdeltype when 'a' then 'no action' when 'r' then 'restrict'
                               when 'c' then 'cascade' when 'n' then 'set null'
                               else 'set default' end);
    execute format('alter table %I drop constraint %I', k.table_name, k.constraint_name);
    moved := moved + 1;
  end loop;
  if moved > 0 then
    for s in select snapshot_id from snapshot order by snapshot_id loop
      for t in select * from snapshot_tables() loop
        if to_regclass(quote_ident(snapshot_partition_name(t.table_name, s))) is not null then
          perform add_snapshot_foreign_keys(t.table_name, s);
        end if;
      end loop;
    end loop;
  end if;
  return moved;
end
$fn$;

-- Empty partitions, attached, for writing a snapshot row by row through the parent tables (V4),
-- now with the snapshot's foreign keys.
create or replace function create_snapshot_partitions(snapshot bigint)
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
  for t in select * from snapshot_tables() loop
    perform add_snapshot_foreign_keys(t.table_name, snapshot);
  end loop;
end
$fn$;

-- V27's attach without its look-ups (no key on a parent refers to another snapshot table now):
-- each table's overlap rules, statistics, triggers and attach (keys, indexes, not-null, checks and
-- its keys to the snapshot table), then its keys to the tables attached before it.
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
    -- Statistics first: they are the partition's once attached, the attach's index builds size
    -- their parallel workers by the table's pages, and the key checks below plan their joins.
    execute format('analyze %I', part);
    perform add_overlap_triggers(t.table_name, part);
    execute format('alter table %I attach partition %I for values in (%s)', t.table_name, part,
                   snapshot);
    execute format('alter table %I drop constraint if exists %I', part, part || '_snapshot');
    perform add_snapshot_foreign_keys(t.table_name, snapshot);
  end loop;
end
$fn$;

drop function foreign_keys_are_looked_up(text, text);

select register_snapshot_foreign_keys();
