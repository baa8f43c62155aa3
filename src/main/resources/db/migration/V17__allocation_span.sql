-- Which allocation a child's row counts for, found by one index probe instead of a sort of all the
-- child's allocations per row (src/main/resources/org/opencsc/indicators/internal/sql/child_facts.sql).
--
-- A child's allocations that last at least a day (end_date null or after start_date) never overlap
-- (the overlap rule). Each gives one span, from the end of the one before it (-infinity for the
-- first) to its own end: on those days a row counts for it (worker_id, team_id) if it is open or
-- is the next to start, unless it starts after the figure's as-at date, when the row counts for
-- the one that ended before (alt_worker_id, alt_team_id). After the last one ends, one more span
-- counts for it alone (alt_*). The row for a reference date is the span with the latest
-- from_date on or before it: the figure takes worker_id/team_id when start_date is on or before
-- its as-at date, alt_worker_id/alt_team_id otherwise. An allocation that ends the day it starts
-- held the child on no day and is in no span.
create table allocation_span (
  snapshot_id    bigint not null,
  child_id       text not null,
  from_date      date not null,
  start_date     date,
  worker_id      text,
  team_id        text,
  alt_worker_id  text,
  alt_team_id    text,
  primary key (snapshot_id, child_id, from_date)
    include (start_date, worker_id, team_id, alt_worker_id, alt_team_id)
) partition by list (snapshot_id);
comment on table allocation_span is
  'Derived from allocation (V17__allocation_span.sql): the allocation a child''s rows count for, from from_date until the next span of the child.';
comment on column allocation_span.from_date is
  'The span''s first day: the end of the allocation before (-infinity for the child''s first).';
comment on column allocation_span.start_date is
  'Start of the allocation worker_id and team_id hold (null after the child''s last allocation).';
comment on column allocation_span.alt_worker_id is
  'The allocation that ended before the span: counts when start_date is after the figure''s as-at date.';

-- Writes the spans of a snapshot's children (all of them when children is null) from a table of
-- allocations into a table of spans: the domain tables, or a bulk load's load tables.
create function fill_allocation_spans(allocations regclass, spans regclass, snapshot bigint,
                                      children text[])
returns void
language plpgsql as $fn$
begin
  execute format($q$
    insert into %2$s (snapshot_id, child_id, from_date, start_date, worker_id, team_id,
                      alt_worker_id, alt_team_id)
    with lasting as (
      select child_id, worker_id, team_id, start_date, end_date,
             lag(end_date) over w            as previous_end,
             lag(worker_id) over w           as previous_worker_id,
             lag(team_id) over w             as previous_team_id,
             lead(start_date) over w is null as last
        from %1$s
       where snapshot_id = $1
         and ($2::text[] is null or child_id = any ($2))
         and (end_date is null or end_date > start_date)
      window w as (partition by child_id order by start_date, allocation_id)
    )
    select $1, child_id, coalesce(previous_end, '-infinity'::date), start_date, worker_id,
           team_id, previous_worker_id, previous_team_id
      from lasting
    union all
    select $1, child_id, end_date, null, null, null, worker_id, team_id
      from lasting
     where last and end_date is not null
  $q$, allocations, spans) using snapshot, children;
end
$fn$;

-- Rows written to allocation through the parent table (hand-built data, corrections) refresh their
-- children's spans; a bulk load fills its load tables with fill_allocation_spans instead.
create function refresh_allocation_spans()
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
    perform fill_allocation_spans('allocation', 'allocation_span', changed.snapshot_id,
                                  changed.children);
  end loop;
  return null;
end
$fn$;

create trigger allocation_spans_insert after insert on allocation
  referencing new table as new_rows for each statement
  execute function refresh_allocation_spans();
create trigger allocation_spans_update after update on allocation
  referencing old table as old_rows new table as new_rows for each statement
  execute function refresh_allocation_spans();
create trigger allocation_spans_delete after delete on allocation
  referencing old table as old_rows for each statement
  execute function refresh_allocation_spans();

-- The snapshots already loaded get their spans.
do $do$
declare
  s bigint;
begin
  for s in select snapshot_id from snapshot order by snapshot_id loop
    if to_regclass(quote_ident(snapshot_partition_name('allocation', s))) is not null then
      execute format('create table %I partition of allocation_span for values in (%s)',
                     snapshot_partition_name('allocation_span', s), s);
      perform fill_allocation_spans('allocation', 'allocation_span', s, null);
      execute format('analyze %I', snapshot_partition_name('allocation_span', s));
    end if;
  end loop;
end
$do$;
