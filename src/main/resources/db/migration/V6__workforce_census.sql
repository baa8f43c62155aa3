-- OpenCSC schema, part 6: what the children's social work workforce census (CSWW) adds.
--
-- The census reports each worker absent on 30 September and why (CSWWWorker Absat30Sept and
-- ReasonAbsence, which may repeat), and states FTE with up to six decimals and working days lost
-- and the LA-level figures with up to two (the DfE's XSD: ftetype, twodecimalplaces); the columns
-- of V1 rounded them to three and one.

alter table worker alter column fte type numeric(7, 6);
alter table worker alter column working_days_lost type numeric(7, 2);
comment on column worker.working_days_lost is
  'CSWW WorkingDaysLost: working days lost to sickness absence in the census year (1 October to 30 September).';

alter table workforce_vacancy alter column number_of_vacancies type numeric(8, 2);
alter table workforce_vacancy alter column no_agency_fte type numeric(8, 2);

-- A domain table: partitioned by snapshot like every table of V4, so that a load creates, fills
-- and attaches its partition with the others (snapshot_tables() finds it by being partitioned; its
-- foreign key to worker orders it after worker).
create table worker_absence (
  snapshot_id     bigint not null references snapshot (snapshot_id) on delete cascade,
  worker_id       text not null,
  reference_date  date not null,
  reason_absence  text not null
                  check (reason_absence in ('MAT', 'OTH', 'PUB', 'SIC', 'TRN', 'UNA', 'UNP')),
  source_file     text,
  source_row      integer,
  primary key (snapshot_id, worker_id, reference_date, reason_absence),
  foreign key (snapshot_id, worker_id) references worker (snapshot_id, worker_id)
) partition by list (snapshot_id);
comment on table worker_absence is
  'A worker absent on the census reference date (30 September), and why: CSWW CSWWWorker Absat30Sept = 1 with ReasonAbsence (one row per reason).';
comment on column worker_absence.reference_date is 'The census reference date: 30 September.';
comment on column worker_absence.reason_absence is
  'CSWW ReasonAbsence: MAT maternity/paternity, OTH other paid authorised, PUB public duties, SIC sick, TRN training, UNA unauthorised, UNP unpaid authorised.';

-- Snapshots loaded before this migration get their (empty) partition, as create_snapshot_partitions
-- would have made it, so that every snapshot has one partition per domain table.
do $partitions$
declare
  s bigint;
begin
  for s in
    select snapshot_id from snapshot
     where to_regclass(quote_ident(snapshot_partition_name('worker', snapshot_id))) is not null
     order by snapshot_id
  loop
    execute format('create table %I partition of worker_absence for values in (%s)',
                   snapshot_partition_name('worker_absence', s), s);
  end loop;
end
$partitions$;
