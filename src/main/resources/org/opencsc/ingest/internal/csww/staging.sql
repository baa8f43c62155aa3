-- The workforce census's staging tables, filled by CswwSource row by row after the row-level
-- checks (SWENo upper-cased, dates and numbers parsed, codes checked; ReasonLeave as its code
-- list's meaning). Temporary: they vanish with the transaction.

-- The census reference date (30 September) of the run, once per census file read.
create temporary table stage_csww_context (
  source_file     text not null,
  source_row      bigint not null,
  reference_date  date not null
) on commit drop;

-- One CSWWWorker role. An agency worker's row has no dates, reason or working days lost: the
-- census has them in post on the reference date.
create temporary table stage_csww_worker (
  source_file        text not null,
  source_row         bigint not null,
  swe_no             text not null,
  agency_worker      boolean not null,
  org_role           smallint not null,
  fte                numeric(7, 6) not null,
  role_start_date    date,
  role_end_date      date,
  reason_leave       text,
  working_days_lost  numeric(7, 2)
) on commit drop;

create temporary table stage_csww_absence (
  source_file     text not null,
  source_row      bigint not null,
  swe_no          text not null,
  absent          boolean not null,
  reason_absence  text
) on commit drop;

create temporary table stage_csww_la_level (
  source_file          text not null,
  source_row           bigint not null,
  reference_date       date not null,
  number_of_vacancies  numeric(8, 2) not null,
  no_agency_fte        numeric(8, 2) not null,
  no_agency_headcount  integer not null
) on commit drop;
