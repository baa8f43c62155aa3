-- Indicator history: each indicator's figures at every level, kept as at every nightly snapshot's
-- date and every month end, so that trends survive the snapshots themselves (only the newest few
-- snapshots keep their rows). Written by the indicators module; read for trend lines.

create table indicator_history (
  indicator     text not null,
  kind          text not null check (kind in ('nightly', 'month_end')),
  as_at         date not null,
  period_start  date not null,
  attribution   text not null check (attribution in ('event', 'current')),
  level         text not null check (level in ('council', 'service-area', 'team', 'worker')),
  unit_id       text not null,
  unit_name     text not null,
  numerator     numeric not null,
  denominator   numeric not null,
  value         numeric,
  unit_of_measure text not null,
  snapshot_id   bigint not null,
  recorded_at   timestamptz not null default now(),
  primary key (indicator, kind, as_at, attribution, level, unit_id),
  check (period_start <= as_at)
);
create index on indicator_history (kind, as_at);
comment on table indicator_history is
  'Each indicator''s figure for each unit, as at a nightly snapshot''s date (kind nightly) or a month end (kind month_end), over the twelve months to that date. A month end is recorded once, from the first snapshot that covers it, and not changed after.';
comment on column indicator_history.indicator is 'The indicator''s id (its definition file''s name).';
comment on column indicator_history.kind is 'nightly: as at the snapshot''s own date; month_end: as at the last day of a month.';
comment on column indicator_history.as_at is 'The period''s last day.';
comment on column indicator_history.period_start is 'The period''s first day (twelve months before as_at, plus a day).';
comment on column indicator_history.attribution is 'Which worker a child counted for: event or current.';
comment on column indicator_history.level is 'council, service-area, team or worker.';
comment on column indicator_history.unit_id is 'council, a service area, team or worker id, or unallocated.';
comment on column indicator_history.unit_name is 'The unit''s name when recorded.';
comment on column indicator_history.value is 'The value in unit_of_measure; null when it could not be worked out.';
comment on column indicator_history.snapshot_id is 'The snapshot the figure was worked out from (its rows may since have been dropped).';
