-- OpenCSC schema, part 1: snapshots and the council's organisation.
--
-- Every domain row belongs to a snapshot: a nightly refresh builds a new snapshot beside the served
-- one and switches current_snapshot in one transaction, so readers never see half a load.

-- No two rows of one owner (a child, a worker) may cover the same day: a child is in one episode of
-- care, on one child protection plan and allocated to one worker at a time; a worker is in one team.
-- Checked once per statement over the rows it wrote (a transition table), so that a bulk COPY of a
-- snapshot is checked in one indexed join rather than row by row as an exclusion constraint would
-- (75 us a row, most of a large load). An advisory lock per table and snapshot serialises writers,
-- so two transactions cannot each insert one half of an overlap. Ranges are [start, end): a row that
-- ends on the day the next starts does not overlap it (SSDA903 records episodes that way).
-- Arguments: owner column, row key column, start column, end column (end null = still open).
create function forbid_overlaps() returns trigger
language plpgsql as $fn$
declare
  owner_col text := tg_argv[0];
  key_col   text := tg_argv[1];
  start_col text := tg_argv[2];
  end_col   text := tg_argv[3];
  clash     record;
begin
  perform pg_advisory_xact_lock(hashtext('opencsc.overlap.' || tg_table_name), s.snapshot_id::integer)
     from (select distinct snapshot_id from new_rows order by snapshot_id) s;
  execute format(
    $q$select n.%1$s::text as owner, n.%2$s::text as this_key, a.%2$s::text as other_key,
              n.%3$s as this_start, n.%4$s as this_end, a.%3$s as other_start, a.%4$s as other_end
         from new_rows n
         join %5$I a on a.snapshot_id = n.snapshot_id and a.%1$s = n.%1$s and a.%2$s <> n.%2$s
        where daterange(a.%3$s, a.%4$s, '[)') && daterange(n.%3$s, n.%4$s, '[)')
        limit 1$q$,
    quote_ident(owner_col), quote_ident(key_col), quote_ident(start_col), quote_ident(end_col),
    tg_table_name)
  into clash;
  if clash.owner is not null then
    raise exception using
      errcode = 'exclusion_violation',
      constraint = tg_table_name || '_no_overlap',
      table = tg_table_name,
      message = format('%s rows of %s %s overlap', tg_table_name, owner_col, clash.owner),
      detail = format('%s %s from %s to %s overlaps %s from %s to %s', key_col, clash.this_key,
                      clash.this_start, coalesce(clash.this_end::text, 'open'), clash.other_key,
                      clash.other_start, coalesce(clash.other_end::text, 'open'));
  end if;
  return null;
end
$fn$;
comment on function forbid_overlaps() is
  'Statement trigger refusing rows whose [start, end) date range overlaps another row of the same owner in the same snapshot.';

create table snapshot (
  snapshot_id   bigint generated always as identity primary key,
  created_at    timestamptz not null default now(),
  as_at         date not null,
  source        text not null,
  status        text not null default 'building'
                check (status in ('building', 'served', 'retired', 'failed')),
  served_at     timestamptz,
  check (status <> 'served' or served_at is not null)
);
comment on table snapshot is
  'One complete load of the council''s data. Rows of every domain table carry their snapshot_id.';
comment on column snapshot.as_at is 'The date the data describes (usually the night of the extract).';
comment on column snapshot.source is 'Where the data came from: a drop folder, an import, the synthetic generator.';
comment on column snapshot.status is 'building while loading; served once switched in; retired when replaced; failed if the load failed.';

create table current_snapshot (
  singleton     boolean primary key default true check (singleton),
  snapshot_id   bigint not null references snapshot (snapshot_id)
);
comment on table current_snapshot is
  'The one snapshot that pages, indicators and exports read. Switched in one transaction.';

create table service_area (
  snapshot_id      bigint not null references snapshot (snapshot_id) on delete cascade,
  service_area_id  text not null check (service_area_id <> ''),
  name             text not null check (name <> ''),
  primary key (snapshot_id, service_area_id)
);
comment on table service_area is
  'A service area or department (Front Door, Assessment, CIN/CP, Children in Care, Care Leavers, Disabled Children); SSD ssd_department parent.';

create table team (
  snapshot_id      bigint not null references snapshot (snapshot_id) on delete cascade,
  team_id          text not null check (team_id <> ''),
  service_area_id  text not null,
  name             text not null check (name <> ''),
  primary key (snapshot_id, team_id),
  foreign key (snapshot_id, service_area_id) references service_area (snapshot_id, service_area_id)
);
comment on table team is 'A social work team within a service area; SSD ssd_department (dept_team_id, dept_team_parent_id).';

create table worker (
  snapshot_id          bigint not null references snapshot (snapshot_id) on delete cascade,
  worker_id            text not null check (worker_id <> ''),
  name                 text not null,
  swe_no               text,
  org_role             smallint not null default 6 check (org_role between 1 and 6),
  agency_worker        boolean not null,
  fte                  numeric(4, 3) not null check (fte > 0 and fte <= 1),
  case_holding         boolean not null default true,
  role_start_date      date not null,
  role_end_date        date,
  reason_leave         text,
  manager_worker_id    text,
  working_days_lost    numeric(6, 1) not null default 0 check (working_days_lost >= 0),
  source_file          text,
  source_row           integer,
  primary key (snapshot_id, worker_id),
  check (role_end_date is null or role_end_date >= role_start_date),
  foreign key (snapshot_id, manager_worker_id) references worker (snapshot_id, worker_id)
);
comment on table worker is 'A social worker, manager or practitioner; CSWW CSWWWorker and SSD ssd_professionals.';
comment on column worker.swe_no is 'CSWW SWENo: Social Work England registration number.';
comment on column worker.org_role is 'CSWW OrgRole: 1 senior manager, 2 middle manager, 3 first line manager, 4 senior practitioner, 5 case-holding social worker, 6 qualified without cases.';
comment on column worker.agency_worker is 'CSWW AgencyWorker: engaged through an agency rather than employed (SSD prof_agency_worker_flag).';
comment on column worker.fte is 'CSWW FTE: full-time equivalence of the contract (SSD prof_full_time_equivalency).';
comment on column worker.role_start_date is 'CSWW RoleStartDate.';
comment on column worker.role_end_date is 'CSWW RoleEndDate: the worker left on this date.';
comment on column worker.reason_leave is 'CSWW ReasonLeave.';
comment on column worker.working_days_lost is 'CSWW WorkingDaysLost: sickness absence in the collection year.';

create table worker_team (
  snapshot_id   bigint not null references snapshot (snapshot_id) on delete cascade,
  worker_id     text not null,
  team_id       text not null,
  start_date    date not null,
  end_date      date,
  primary key (snapshot_id, worker_id, start_date),
  foreign key (snapshot_id, worker_id) references worker (snapshot_id, worker_id),
  foreign key (snapshot_id, team_id) references team (snapshot_id, team_id),
  check (end_date is null or end_date >= start_date)
);
comment on table worker_team is 'Which team a worker belonged to when: a worker is in one team at a time.';
create trigger worker_team_no_overlap_insert after insert on worker_team
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('worker_id', 'start_date', 'start_date', 'end_date');
create trigger worker_team_no_overlap_update after update on worker_team
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('worker_id', 'start_date', 'start_date', 'end_date');

create table workforce_vacancy (
  snapshot_id        bigint not null references snapshot (snapshot_id) on delete cascade,
  reference_date     date not null,
  number_of_vacancies numeric(7, 1) not null check (number_of_vacancies >= 0),
  no_agency_fte      numeric(7, 1) not null check (no_agency_fte >= 0),
  no_agency_headcount integer not null check (no_agency_headcount >= 0),
  primary key (snapshot_id, reference_date)
);
comment on table workforce_vacancy is 'CSWW LALevelVacancies at the census reference date (30 September).';
comment on column workforce_vacancy.number_of_vacancies is 'CSWW NumberOfVacancies (FTE).';
comment on column workforce_vacancy.no_agency_fte is 'CSWW NoAgencyFTE.';
comment on column workforce_vacancy.no_agency_headcount is 'CSWW NoAgencyHeadcount.';
