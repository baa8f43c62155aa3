-- The workforce census's cross-row checks and its move into the snapshot's load tables. Runs after
-- the SSD's transform (CswwSource.order), so that the professionals of the SSD extract are in
-- {worker}: a census worker completes the one with the same SWENo, or is added.
--
-- A check deletes the staging rows it keeps out and reports each as an error (file, row, field,
-- value, rule, message) in the same statement. Every step is one set-based statement over the
-- staging tables; the load tables are only joined whole (they have no index until attached).

analyze stage_csww_worker, stage_csww_absence, stage_csww_la_level;

create temporary table csww_census on commit drop as
select max(reference_date) as reference_date from stage_csww_context;

-- ---------------------------------------------------------------------------------------------
-- Workers: the same role twice (SWENo, AgencyWorker and RoleStartDate), then roles of one SWENo
-- that overlap (RoleEndDate is the last day in the role; an agency row is the reference date).
-- ---------------------------------------------------------------------------------------------
with ranked as (
  select ctid as ref, first_value(source_file) over w as first_file,
         first_value(source_row) over w as first_row, row_number() over w as n
    from stage_csww_worker
  window w as (partition by swe_no, agency_worker, role_start_date
               order by source_file, source_row)
), rejected as (
  delete from stage_csww_worker s using ranked r where s.ctid = r.ref and r.n > 1
  returning s.source_file, s.source_row, s.swe_no, r.first_file, r.first_row
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'SWENo', swe_no, 'DUPLICATE_ROW', 'error',
       format('the same role of this worker is on row %s of %s: only that row is loaded',
              first_row, first_file)
  from rejected order by source_file, source_row;

alter table stage_csww_worker add column period daterange;
update stage_csww_worker s
   set period = case when s.agency_worker
                     then daterange(c.reference_date, c.reference_date, '[]')
                     else daterange(s.role_start_date, s.role_end_date, '[]') end
  from csww_census c;

with clash as (
  select distinct on (s.ctid) s.ctid as ref, lower(a.period) as other_start,
         upper(a.period) - 1 as other_end
    from stage_csww_worker s
    join stage_csww_worker a
      on a.swe_no = s.swe_no
     and (lower(a.period), a.source_file, a.source_row)
         < (lower(s.period), s.source_file, s.source_row)
     and a.period && s.period
   order by s.ctid, lower(a.period)
), rejected as (
  delete from stage_csww_worker s using clash c where s.ctid = c.ref
  returning s.source_file, s.source_row, s.swe_no, lower(s.period) as start, c.other_start,
            c.other_end
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'RoleStartDate', start::text, 'ROLES_OVERLAP', 'error',
       format('worker %s''s role from %s overlaps their role from %s to %s: only the earlier is'
              ' loaded', swe_no, start, other_start, coalesce(other_end::text, 'open'))
  from rejected order by source_file, source_row;

-- One person per SWENo: the latest role's OrgRole, agency and FTE; in post from the first role's
-- start to the last role's end (open while any role is open, as an agency worker's is), with that
-- role's reason for leaving; working days lost over the employed roles.
create temporary table csww_person on commit drop as
select swe_no,
       (array_agg(org_role order by lower(period) desc, source_file, source_row))[1] as org_role,
       (array_agg(agency_worker order by lower(period) desc, source_file, source_row))[1]
         as agency_worker,
       (array_agg(fte order by lower(period) desc, source_file, source_row))[1] as fte,
       min(role_start_date) as role_start_date,
       case when bool_and(role_end_date is not null) then max(role_end_date) end as role_end_date,
       case when bool_and(role_end_date is not null)
            then (array_agg(reason_leave order by role_end_date desc))[1] end as reason_leave,
       sum(working_days_lost) filter (where not agency_worker) as working_days_lost,
       (array_agg(source_file order by source_file, source_row))[1] as source_file,
       (array_agg(source_row order by source_file, source_row))[1] as source_row
  from stage_csww_worker
 group by swe_no;

-- The SSD professional each census worker is: the same SWENo (any case). If the SSD gives one
-- SWENo to several professionals, the first by ID is taken, with a query.
create temporary table csww_match on commit drop as
select p.swe_no, min(w.worker_id) as worker_id, count(*) as professionals
  from csww_person p
  join {worker} w on upper(w.swe_no) = p.swe_no
 group by p.swe_no;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select p.source_file, p.source_row, null, 'SWENo', p.swe_no, 'SWENO_SHARED', 'query',
       format('%s professionals of the SSD extract have this SWENo: the census completes %s',
              m.professionals, m.worker_id)
  from csww_match m join csww_person p using (swe_no)
 where m.professionals > 1
 order by p.source_file, p.source_row;

-- A worker no SSD professional matches takes their SWENo as worker ID (and as name: the census
-- has none). An SSD professional already holding that ID is someone else: the census worker is
-- kept out.
with taken as (
  delete from csww_person p
   where not exists (select 1 from csww_match m where m.swe_no = p.swe_no)
     and exists (select 1 from {worker} w where w.worker_id = p.swe_no)
  returning p.swe_no
), rejected as (
  delete from stage_csww_worker s using taken t where s.swe_no = t.swe_no
  returning s.source_file, s.source_row, s.swe_no
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'SWENo', swe_no, 'WORKER_ID_TAKEN', 'error',
       'an SSD professional with another SWENo has this as their ID: the census worker is kept out'
  from rejected order by source_file, source_row;

-- The census is the better source of the role: it replaces the SSD's org role, agency, FTE, start,
-- end, reason for leaving and working days lost. A professional the census has in post on the
-- reference date but the SSD has leaving later keeps that later end: the extract is newer.
update {worker} w
   set org_role = p.org_role,
       case_holding = p.org_role in (4, 5),
       agency_worker = p.agency_worker,
       fte = p.fte,
       role_start_date = coalesce(p.role_start_date, w.role_start_date),
       role_end_date = case when p.role_end_date is not null then p.role_end_date
                            when w.role_end_date > c.reference_date then w.role_end_date end,
       reason_leave = case when p.role_end_date is not null then p.reason_leave
                           when w.role_end_date > c.reference_date then w.reason_leave end,
       working_days_lost = coalesce(p.working_days_lost, w.working_days_lost)
  from csww_person p
  join csww_match m using (swe_no)
 cross join csww_census c
 where w.worker_id = m.worker_id;

-- An agency worker the SSD does not describe: in post on the reference date is all the census
-- says, so the role starts then.
insert into {worker} (snapshot_id, worker_id, name, swe_no, org_role, agency_worker, fte,
                      case_holding, role_start_date, role_end_date, reason_leave,
                      manager_worker_id, working_days_lost, source_file, source_row)
select :snapshot_id, p.swe_no, p.swe_no, p.swe_no, p.org_role, p.agency_worker, p.fte,
       p.org_role in (4, 5), coalesce(p.role_start_date, c.reference_date), p.role_end_date,
       p.reason_leave, null, coalesce(p.working_days_lost, 0), p.source_file,
       p.source_row::integer
  from csww_person p
 cross join csww_census c
 where not exists (select 1 from csww_match m where m.swe_no = p.swe_no);

-- ---------------------------------------------------------------------------------------------
-- Absences on 30 September: of a worker the census loaded and in post that day, once per reason.
-- ---------------------------------------------------------------------------------------------
with rejected as (
  delete from stage_csww_absence a
   where not exists (select 1 from csww_person p where p.swe_no = a.swe_no)
  returning a.source_file, a.source_row, a.swe_no
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'SWENo', swe_no, 'WORKER_NOT_IN_CENSUS', 'error',
       'no row of the worker table was loaded for this SWENo'
  from rejected order by source_file, source_row;

with rejected as (
  delete from stage_csww_absence a
   using csww_person p, csww_census c
   where p.swe_no = a.swe_no and a.absent and p.role_end_date < c.reference_date
  returning a.source_file, a.source_row, a.swe_no, p.role_end_date
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'Absat30Sept', '1', 'NOT_IN_POST', 'error',
       format('worker %s left on %s, before the reference date', swe_no, role_end_date)
  from rejected order by source_file, source_row;

with ranked as (
  select ctid as ref, first_value(source_file) over w as first_file,
         first_value(source_row) over w as first_row, row_number() over w as n
    from stage_csww_absence
  window w as (partition by swe_no, absent, reason_absence order by source_file, source_row)
), rejected as (
  delete from stage_csww_absence s using ranked r where s.ctid = r.ref and r.n > 1
  returning s.source_file, s.source_row, s.swe_no, r.first_file, r.first_row
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'SWENo', swe_no, 'DUPLICATE_ROW', 'error',
       format('the same absence is on row %s of %s: only that row is loaded', first_row, first_file)
  from rejected order by source_file, source_row;

insert into {worker_absence} (snapshot_id, worker_id, reference_date, reason_absence, source_file,
                              source_row)
select :snapshot_id, coalesce(m.worker_id, a.swe_no), c.reference_date, a.reason_absence,
       a.source_file, a.source_row::integer
  from stage_csww_absence a
  left join csww_match m using (swe_no)
 cross join csww_census c
 where a.absent;

-- ---------------------------------------------------------------------------------------------
-- The LA level: one record per census.
-- ---------------------------------------------------------------------------------------------
with ranked as (
  select ctid as ref, first_value(source_file) over w as first_file,
         first_value(source_row) over w as first_row, row_number() over w as n
    from stage_csww_la_level
  window w as (order by source_file, source_row)
), rejected as (
  delete from stage_csww_la_level s using ranked r where s.ctid = r.ref and r.n > 1
  returning s.source_file, s.source_row, s.reference_date, r.first_file, r.first_row
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'ReferenceDate', reference_date::text, 'DUPLICATE_ROW',
       'error',
       format('the census has one LA-level record, on row %s of %s: only that row is loaded',
              first_row, first_file)
  from rejected order by source_file, source_row;

insert into {workforce_vacancy} (snapshot_id, reference_date, number_of_vacancies, no_agency_fte,
                                 no_agency_headcount)
select :snapshot_id, reference_date, number_of_vacancies, no_agency_fte, no_agency_headcount
  from stage_csww_la_level;
