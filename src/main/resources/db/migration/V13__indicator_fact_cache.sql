-- The rows behind indicator figures, kept for drill-down: the first list asked for an indicator,
-- period and attribution works out all its rows once (the same query the figures come from) and
-- later lists for any unit read them by index. A cache: unlogged (gone after a crash, rebuilt on
-- demand), emptied at start-up and when another snapshot is served.

create unlogged table indicator_fact_set (
  fact_set_id   bigint generated always as identity primary key,
  snapshot_id   bigint not null,
  indicator     text not null,
  period_start  date not null,
  period_end    date not null,
  attribution   text not null,
  standards     text not null,
  created_at    timestamptz not null default now(),
  unique (snapshot_id, indicator, period_start, period_end, attribution, standards)
);
comment on table indicator_fact_set is
  'One indicator''s rows for one snapshot, period, attribution and set of local standards, kept for drill-down (a cache).';
comment on column indicator_fact_set.standards is 'The local standards the rows were worked out with.';

create unlogged table indicator_fact (
  fact_set_id        bigint not null references indicator_fact_set (fact_set_id) on delete cascade,
  child_id           text,
  record_id          text not null,
  event_date         date not null,
  start_date         date,
  end_date           date,
  detail             text,
  numerator          numeric not null,
  denominator        numeric not null,
  worker_id          text,
  worker_name        text,
  team_id            text,
  team_name          text,
  service_area_id    text,
  service_area_name  text
);
create index on indicator_fact (fact_set_id);
create index on indicator_fact (fact_set_id, (coalesce(service_area_id, 'unallocated')));
create index on indicator_fact (fact_set_id, (coalesce(team_id, 'unallocated')));
create index on indicator_fact (fact_set_id, (coalesce(worker_id, 'unallocated')));
comment on table indicator_fact is
  'A row behind an indicator''s figure (as the definition and its attribution give it), kept for drill-down.';
