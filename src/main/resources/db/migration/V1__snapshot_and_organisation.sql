-- OpenCSC schema, part 1: snapshots and the council's organisation.
--
-- Every domain row belongs to a snapshot: a nightly refresh builds a new snapshot beside the served
-- one and switches current_snapshot in one transaction, so readers never see half a load.

create extension if not exists btree_gist;

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
  check (end_date is null or end_date >= start_date),
  exclude using gist (snapshot_id with =, worker_id with =,
                      daterange(start_date, end_date, '[)') with &&)
);
comment on table worker_team is 'Which team a worker belonged to when: a worker is in one team at a time.';

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
