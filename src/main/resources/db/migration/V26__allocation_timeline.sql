-- Each child's allocation spans (V17__allocation_span.sql) as one row of arrays, for indicators
-- with a row per event of the period (referrals, contacts, assessments): hundreds of thousands of
-- rows on a national council, where one index probe into allocation_span per row was 40% of the
-- time. Joined to the children of such rows in bulk (a hash join), the span of a reference date
-- is width_bucket(day, from_dates): the number of spans starting on or before it, so the latest
-- of them (src/main/resources/org/opencsc/indicators/internal/sql/child_facts_in_bulk.sql).
--
-- The arrays keep the spans in from_date order. A span's alt_worker_id and alt_team_id are always
-- those of the span before it (the allocation that ended before; none before the first), so they
-- are read from the previous element and not stored twice.
create table allocation_timeline (
  snapshot_id  bigint not null,
  child_id     text not null,
  from_dates   date[] not null,
  start_dates  date[] not null,
  worker_ids   text[] not null,
  team_ids     text[] not null,
  primary key (snapshot_id, child_id)
) partition by list (snapshot_id);
comment on table allocation_timeline is
  'Derived from allocation_span (V26__allocation_timeline.sql): a child''s spans in from_date order, one array per column.';
comment on column allocation_timeline.from_dates is
  'Each span''s from_date, ascending: width_bucket(day, from_dates) is the span of a reference date.';
comment on column allocation_timeline.worker_ids is
  'Each span''s worker_id; its alt_worker_id is the element before (null for the first).';

-- Writes the timelines of a snapshot's children (all of them when children is null) from a table
-- of spans into a table of timelines: the domain tables, or a bulk load's load tables.
create function fill_allocation_timelines(spans regclass, timelines regclass, snapshot bigint,
                                          children text[])
returns void
language plpgsql as $fn$
begin
  execute format($q$
    insert into %2$s (snapshot_id, child_id, from_dates, start_dates, worker_ids, team_ids)
    select $1, child_id,
           array_agg(from_date order by from_date),
           array_agg(start_date order by from_date),
           array_agg(worker_id order by from_date),
           array_agg(team_id order by from_date)
      from %1$s
     where snapshot_id = $1
       and ($2::text[] is null or child_id = any ($2))
     group by child_id
  $q$, spans, timelines) using snapshot, children;
end
$fn$;

-- A bulk load's derived tables (src/main/resources/org/opencsc/database/sql/
-- fill_derived_load_tables.sql), written into its load tables before the attach: the spans from
-- the allocations, then the timelines from the spans.
create function fill_derived_load_tables(snapshot bigint)
returns void
language plpgsql as $fn$
begin
  perform fill_allocation_spans(
    quote_ident(snapshot_partition_name('allocation', snapshot))::regclass,
    quote_ident(snapshot_partition_name('allocation_span', snapshot))::regclass,
    snapshot, null);
  perform fill_allocation_timelines(
    quote_ident(snapshot_partition_name('allocation_span', snapshot))::regclass,
    quote_ident(snapshot_partition_name('allocation_timeline', snapshot))::regclass,
    snapshot, null);
end
$fn$;

-- The spans' trigger (V17) refreshes the timelines of the same children.
create or replace function refresh_allocation_spans()
returns trigger
language plpgsql as $fn$
declare
  changed record;
begin
  for changed in
    execute case tg_op
      when 'INSERT' then 'select snapshot_id, array_agg(distinct child_id) as children
                            from new_rows group by snapshot_id'
      when 'DELETE' then 'select snapshot_id, array_agg(distinct child_id) as children
                            from old_rows group by snapshot_id'
      else 'select snapshot_id, array_agg(distinct child_id) as children
              from (select snapshot_id, child_id from old_rows
                    union select snapshot_id, child_id from new_rows) c
             group by snapshot_id'
    end
  loop
    delete from allocation_span
     where snapshot_id = changed.snapshot_id and child_id = any (changed.children);
    delete from allocation_timeline
     where snapshot_id = changed.snapshot_id and child_id = any (changed.children);
    perform fill_allocation_spans('allocation', 'allocation_span', changed.snapshot_id,
                                  changed.children);
    perform fill_allocation_timelines('allocation_span', 'allocation_timeline',
                                      changed.snapshot_id, changed.children);
  end loop;
  return null;
end
$fn$;

-- The snapshots already loaded get their timelines.
do $do$
declare
  s bigint;
begin
  for s in select snapshot_id from snapshot order by snapshot_id loop
    if to_regclass(quote_ident(snapshot_partition_name('allocation_span', s))) is not null then
      execute format('create table %I partition of allocation_timeline for values in (%s)',
                     snapshot_partition_name('allocation_timeline', s), s);
      perform fill_allocation_timelines('allocation_span', 'allocation_timeline', s, null);
      execute format('analyze %I', snapshot_partition_name('allocation_timeline', s));
    end if;
  end loop;
end
$do$;
