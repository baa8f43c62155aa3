-- OpenCSC schema, part 24: the reports for those who govern the service (issue 7): the monthly
-- board pack and the scrutiny committee's reports.
--
-- Each report is kept as it was made, HTML and PDF, so that the pack a board read in March can be
-- read again in June, whatever the figures have become since. A report holds figures only, never
-- a child's data (the reports module assembles it from figures for the council and its units). The
-- schedule makes one board pack per served snapshot (report_scheduled); anyone allowed may make
-- more by hand.

create table report (
  report_id      bigint generated always as identity primary key,
  kind           text not null check (kind in ('board-pack', 'scrutiny')),
  snapshot_id    bigint not null,
  as_at          date not null,
  period_start   date not null check (period_start <= as_at),
  theme          text,
  question       text check (length(question) <= 1000),
  generated_at   timestamptz not null default now(),
  generated_by   text not null,
  scheduled      boolean not null,
  html           text not null,
  pdf            bytea not null,
  pages          integer not null check (pages > 0),
  check (kind = 'scrutiny' or (theme is null and question is null)),
  check (kind = 'board-pack' or (theme is not null and not scheduled))
);
comment on table report is
  'Board packs and scrutiny reports as made (V24__reports.sql): figures only, never child data.';
comment on column report.snapshot_id is
  'The snapshot the figures were read from (not a foreign key: a report outlives its snapshot).';
comment on column report.theme is
  'A scrutiny report''s theme: the group of indicators it is about (front-door, workforce...).';
comment on column report.question is
  'What the committee asked for, in its words, when the report answers a request.';
comment on column report.generated_by is
  'The login that asked for it, or ''schedule''.';

create unique index report_scheduled on report (snapshot_id) where scheduled;
create index report_generated_at on report (generated_at desc);
