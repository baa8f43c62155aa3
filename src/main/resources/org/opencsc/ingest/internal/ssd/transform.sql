-- The Standard Safeguarding Dataset's cross-row checks and its move into the snapshot's load
-- tables. Runs after the CIN census and SSDA903 transforms (SsdSource.order): the children of
-- those sources are in stage_child by then (the core transform merges them all afterwards), and
-- the CP plans the CIN census loaded are there for the SSD's CP visits.
--
-- A check deletes the staging rows it keeps out and reports each as an error (file, row, child,
-- field, value, rule, message) in the same statement. Tables are checked in the order they refer
-- to each other: persons, departments, professionals and their time in post, supervisions;
-- involvements, contacts, early help; visits.

-- The two checks every table has. Keeps the first row (by file, then row) of each key of a staging
-- table and reports the others: DUPLICATE_ID.
create or replace function pg_temp.ssd_keep_first(staged text, key_columns text, field text,
                                                  child text)
returns void language plpgsql as $fn$
begin
  execute format(
    $q$with ranked as (
         select ctid as ref, first_value(source_file) over w as first_file,
                first_value(source_row) over w as first_row, row_number() over w as n
           from %1$I
         window w as (partition by %2$s order by source_file, source_row)
       ), rejected as (
         delete from %1$I s using ranked r where s.ctid = r.ref and r.n > 1
         returning s.*, r.first_file, r.first_row
       )
       insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity,
                                  message)
       select source_file, source_row, %4$s, %3$L, concat_ws(' ', %2$s), 'DUPLICATE_ID', 'error',
              format('also on row %%s of %%s: only that row is loaded', first_row, first_file)
         from rejected order by source_file, source_row$q$,
    staged, key_columns, field, child);
end
$fn$;

-- Deletes the rows of a staging table that meet a condition (on its rows, named s) and reports
-- each with its field's value, the rule and the message.
create or replace function pg_temp.ssd_reject(staged text, condition text, field text,
                                              value_column text, rule text, message text,
                                              child text)
returns void language plpgsql as $fn$
begin
  execute format(
    $q$with rejected as (delete from %1$I s where %2$s returning s.*)
       insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity,
                                  message)
       select source_file, source_row, %7$s, %3$L, (%4$s)::text, %5$L, 'error', %6$L
         from rejected order by source_file, source_row$q$,
    staged, condition, field, value_column, rule, message, child);
end
$fn$;

-- ---------------------------------------------------------------------------------------------
-- Persons: ssd_person rows are in stage_child already, family SSD (ChildRows.FAMILY); one person
-- twice in the SSD is reported, the first row kept.
-- ---------------------------------------------------------------------------------------------
with ranked as (
  select ctid as ref, first_value(source_file) over w as first_file,
         first_value(source_row) over w as first_row, row_number() over w as n
    from stage_child
   where family = 'SSD'
  window w as (partition by child_id order by source_file, source_row)
), rejected as (
  delete from stage_child s using ranked r where s.ctid = r.ref and r.n > 1
  returning s.source_file, s.source_row, s.child_id, r.first_file, r.first_row
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child_id, 'pers_person_id', child_id, 'DUPLICATE_ID', 'error',
       format('also on row %s of %s: only that row is loaded', first_row, first_file)
  from rejected order by source_file, source_row;

-- ---------------------------------------------------------------------------------------------
-- Departments: ssd_department -> service_area and team.
-- ---------------------------------------------------------------------------------------------
select pg_temp.ssd_keep_first('stage_ssd_department', 'team_id', 'dept_team_id', 'null');

-- A department that is the parent of others is a service area (named by its own row if it has
-- one); a department with a parent is a team in its parent; a department with neither parent nor
-- departments below it stands for a team and a service area of its own.
-- Its source: the parent's own department row, else the first row naming it as parent.
insert into {service_area} (snapshot_id, service_area_id, name, source_file, source_row)
select :snapshot_id, d.parent_id, coalesce(min(own.name), min(d.parent_name), d.parent_id),
       (array_agg(coalesce(own.source_file, d.source_file)
                  order by own.source_row nulls last, d.source_file, d.source_row))[1],
       (array_agg(coalesce(own.source_row, d.source_row)
                  order by own.source_row nulls last, d.source_file, d.source_row))[1]::integer
  from stage_ssd_department d
  left join stage_ssd_department own on own.team_id = d.parent_id
 where d.parent_id is not null
 group by d.parent_id
union all
select :snapshot_id, d.team_id, d.name, d.source_file, d.source_row
  from stage_ssd_department d
 where d.parent_id is null
   and not exists (select 1 from stage_ssd_department c where c.parent_id = d.team_id);

insert into {team} (snapshot_id, team_id, service_area_id, name, source_file, source_row)
select :snapshot_id, d.team_id, coalesce(d.parent_id, d.team_id), d.name, d.source_file,
       d.source_row
  from stage_ssd_department d
 where d.parent_id is not null
    or not exists (select 1 from stage_ssd_department c where c.parent_id = d.team_id);

-- How other tables may name a team: by its ID, or by its name (any case) when no other team has
-- that name.
create temporary table ssd_team_key (key text primary key, team_id text not null) on commit drop;
insert into ssd_team_key (key, team_id) select team_id, team_id from {team};
insert into ssd_team_key (key, team_id)
select lower(name), min(team_id) from {team} group by lower(name) having count(*) = 1
    on conflict (key) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Professionals: ssd_professionals and OpenCSC's opencsc_professional_tenure -> worker and
-- worker_team.
-- ---------------------------------------------------------------------------------------------
select pg_temp.ssd_keep_first('stage_ssd_professional', 'worker_id', 'prof_professional_id',
                              'null');
select pg_temp.ssd_keep_first('stage_ssd_tenure', 'worker_id, start_date', 'tenu_start_date',
                              'null');
select pg_temp.ssd_reject(
  'stage_ssd_tenure',
  'not exists (select 1 from stage_ssd_professional p where p.worker_id = s.worker_id)',
  'tenu_professional_id', 'worker_id', 'WORKER_UNKNOWN',
  'this professional is not in ssd_professionals', 'null');
select pg_temp.ssd_reject(
  'stage_ssd_tenure',
  's.team_id is not null'
    ' and not exists (select 1 from ssd_team_key k where k.key in (s.team_id, lower(s.team_id)))',
  'tenu_team_id', 'team_id', 'TEAM_UNKNOWN', 'this team is not in ssd_department', 'null');

update stage_ssd_tenure s
   set team_id = coalesce((select k.team_id from ssd_team_key k where k.key = s.team_id),
                          (select k.team_id from ssd_team_key k where k.key = lower(s.team_id)))
 where s.team_id is not null;

-- A worker is in one post at a time: of two times in post that overlap, the later is kept out.
with clash as (
  select distinct on (s.ctid) s.ctid as ref, a.start_date as other_start, a.end_date as other_end
    from stage_ssd_tenure s
    join stage_ssd_tenure a
      on a.worker_id = s.worker_id
     and (a.start_date, a.source_file, a.source_row) < (s.start_date, s.source_file, s.source_row)
     and daterange(a.start_date, a.end_date, '[)') && daterange(s.start_date, s.end_date, '[)')
   order by s.ctid, a.start_date
), rejected as (
  delete from stage_ssd_tenure s using clash c where s.ctid = c.ref
  returning s.source_file, s.source_row, s.worker_id, s.start_date, c.other_start, c.other_end
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, null, 'tenu_start_date', start_date::text, 'TENURE_OVERLAP',
       'error',
       format('professional %s''s time in post overlaps the one from %s to %s: only the earlier'
              ' is loaded', worker_id, other_start, coalesce(other_end::text, 'open'))
  from rejected order by source_file, source_row;

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select s.source_file, s.source_row, null, 'tenu_manager_id', s.manager_id, 'MANAGER_UNKNOWN',
       'query', 'this manager is not in ssd_professionals: the worker is loaded without a manager'
  from stage_ssd_tenure s
 where s.manager_id is not null
   and not exists (select 1 from stage_ssd_professional p where p.worker_id = s.manager_id)
 order by s.source_file, s.source_row;

update stage_ssd_tenure s set manager_id = null
 where s.manager_id is not null
   and not exists (select 1 from stage_ssd_professional p where p.worker_id = s.manager_id);

-- Involvements are checked here for what does not depend on the workers' teams, because a worker
-- without opencsc_professional_tenure rows is taken to have started with their first involvement.
select pg_temp.ssd_keep_first('stage_ssd_involvement', 'allocation_id', 'invo_involvements_id',
                              'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_involvement',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  'invo_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_involvement',
  'not exists (select 1 from stage_ssd_professional p where p.worker_id = s.worker_id)',
  'invo_professional_id', 'worker_id', 'WORKER_UNKNOWN',
  'this professional is not in ssd_professionals', 'child_id');

-- A worker's role runs from their first time in post to the end of their last (open while any is
-- open). Without opencsc_professional_tenure: from their first involvement (else the extract
-- date), open.
insert into {worker} (snapshot_id, worker_id, name, swe_no, org_role, agency_worker, fte,
                      case_holding, role_start_date, role_end_date, reason_leave,
                      manager_worker_id, source_file, source_row)
select :snapshot_id, p.worker_id, p.name, p.swe_no, p.org_role, p.agency_worker, p.fte,
       p.case_holding,
       coalesce(t.first_start, i.first_start, (select max(as_at) from stage_ssd_context)),
       t.last_end, t.end_reason, t.manager_id, p.source_file, p.source_row::integer
  from stage_ssd_professional p
  left join (select worker_id, min(start_date) as first_start,
                    case when bool_and(end_date is not null) then max(end_date) end as last_end,
                    case when bool_and(end_date is not null)
                         then (array_agg(end_reason order by start_date desc))[1] end as end_reason,
                    (array_agg(manager_id order by start_date desc))[1] as manager_id
               from stage_ssd_tenure group by worker_id) t on t.worker_id = p.worker_id
  left join (select worker_id, min(start_date) as first_start
               from stage_ssd_involvement group by worker_id) i on i.worker_id = p.worker_id;

insert into {worker_team} (snapshot_id, worker_id, team_id, start_date, end_date, source_file,
                          source_row)
select :snapshot_id, t.worker_id, t.team_id, t.start_date, t.end_date, t.source_file,
       t.source_row
  from stage_ssd_tenure t
 where t.team_id is not null;

-- Without opencsc_professional_tenure: the team prof_professional_department names, since the
-- worker's role started.
insert into {worker_team} (snapshot_id, worker_id, team_id, start_date, end_date, source_file,
                          source_row)
select :snapshot_id, w.worker_id, coalesce(k1.team_id, k2.team_id), w.role_start_date, null,
       p.source_file, p.source_row
  from stage_ssd_professional p
  join {worker} w on w.worker_id = p.worker_id
  left join ssd_team_key k1 on k1.key = p.department
  left join ssd_team_key k2 on k2.key = lower(p.department)
 where coalesce(k1.team_id, k2.team_id) is not null
   and not exists (select 1 from stage_ssd_tenure t where t.worker_id = p.worker_id);

insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select p.source_file, p.source_row, null, 'prof_professional_department', p.department,
       'DEPARTMENT_NOT_A_TEAM', 'query',
       'no team in ssd_department has this ID or name: the worker is loaded without a team'
  from stage_ssd_professional p
 where p.department is not null
   and not exists (select 1 from ssd_team_key k where k.key in (p.department, lower(p.department)))
   and not exists (select 1 from stage_ssd_department d where d.team_id = p.department)
   and not exists (select 1 from stage_ssd_tenure t where t.worker_id = p.worker_id)
 order by p.source_file, p.source_row;

-- ---------------------------------------------------------------------------------------------
-- Supervisions: OpenCSC's opencsc_supervisions -> supervision.
-- ---------------------------------------------------------------------------------------------
select pg_temp.ssd_keep_first('stage_ssd_supervision', 'supervision_id', 'supe_supervision_id',
                              'null');
select pg_temp.ssd_reject(
  'stage_ssd_supervision',
  'not exists (select 1 from stage_ssd_professional p where p.worker_id = s.worker_id)',
  'supe_worker_id', 'worker_id', 'WORKER_UNKNOWN',
  'this professional is not in ssd_professionals', 'null');
select pg_temp.ssd_reject(
  'stage_ssd_supervision',
  'not exists (select 1 from stage_ssd_professional p where p.worker_id = s.supervisor_id)',
  'supe_supervisor_id', 'supervisor_id', 'WORKER_UNKNOWN',
  'this professional is not in ssd_professionals', 'null');

insert into {supervision} (snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date,
                          source_file, source_row)
select :snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date, source_file,
       source_row
  from stage_ssd_supervision;

-- ---------------------------------------------------------------------------------------------
-- Involvements: ssd_involvements -> allocation.
-- ---------------------------------------------------------------------------------------------
-- The team: invo_professional_team (an ID or a team's name), else the worker's team on the day
-- the involvement started.
alter table stage_ssd_involvement add column team_id text;
update stage_ssd_involvement s
   set team_id = coalesce((select k.team_id from ssd_team_key k where k.key = s.team),
                          (select k.team_id from ssd_team_key k where k.key = lower(s.team)))
 where s.team is not null;
-- One join, not a look-up per involvement: {worker_team} has no index yet, and an extract whose
-- involvements name no team (common) would scan it once for each of them.
update stage_ssd_involvement s
   set team_id = w.team_id
  from (select distinct on (i.source_file, i.source_row) i.source_file, i.source_row, wt.team_id
          from stage_ssd_involvement i
          join {worker_team} wt
            on wt.worker_id = i.worker_id and wt.start_date <= i.start_date
           and (wt.end_date is null or wt.end_date > i.start_date)
         where i.team is null
         order by i.source_file, i.source_row, wt.start_date desc) w
 where s.team is null and s.source_file = w.source_file and s.source_row = w.source_row;

select pg_temp.ssd_reject(
  'stage_ssd_involvement', 's.team_id is null and s.team is not null',
  'invo_professional_team', 'team', 'TEAM_UNKNOWN', 'this team is not in ssd_department',
  'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_involvement', 's.team_id is null',
  'invo_professional_team', 'team', 'TEAM_UNKNOWN',
  'no team given, and the worker was in no team when the involvement started', 'child_id');

-- A child has one allocated worker at a time: of two involvements that overlap, the later is kept
-- out, and so is one that overlaps an allocation another file already loaded.
--
-- Each child's involvements in order (start, file, row), with the latest end of those before: an
-- involvement clashes when one before it has not ended by its start (an empty one, ending where it
-- starts, overlaps nothing). Only those that clash look for the earliest one they overlap, by index:
-- comparing every pair of a child's involvements took 107 s for a broken extract that gave 20,000
-- of them to one child.
create temporary table ssd_involvement_order on commit drop as
select ctid as ref, child_id, allocation_id, start_date, end_date,
       row_number() over w as n,
       max(coalesce(end_date, 'infinity')) filter (where end_date is null or end_date > start_date)
         over (w rows between unbounded preceding and 1 preceding) as covered_to
  from stage_ssd_involvement
window w as (partition by child_id order by start_date, source_file, source_row);
create index on ssd_involvement_order (child_id, start_date, allocation_id);
analyze ssd_involvement_order;

with clash as (
  select s.ref, a.allocation_id as other, a.start_date as other_start
    from ssd_involvement_order s
   cross join lateral (select a.allocation_id, a.start_date
                         from ssd_involvement_order a
                        where a.child_id = s.child_id and a.n < s.n
                          and (a.end_date is null or a.end_date > a.start_date)
                          and coalesce(a.end_date, 'infinity') > s.start_date
                        order by a.start_date, a.allocation_id
                        limit 1) a
   where (s.end_date is null or s.end_date > s.start_date) and s.covered_to > s.start_date
  union all
  select s.ctid, a.allocation_id, a.start_date
    from stage_ssd_involvement s
    join {allocation} a
      on a.child_id = s.child_id
     and daterange(a.start_date, a.end_date, '[)') && daterange(s.start_date, s.end_date, '[)')
), rejected as (
  delete from stage_ssd_involvement s
   using (select distinct on (ref) ref, other from clash order by ref, other_start, other) c
   where s.ctid = c.ref
  returning s.source_file, s.source_row, s.child_id, s.allocation_id, s.start_date, c.other
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, source_row, child_id, 'invo_involvement_start_date', start_date::text,
       'ALLOCATION_OVERLAP', 'error',
       format('involvement %s overlaps allocation %s of the same child, and a child has one'
              ' allocated worker at a time: only the earlier is loaded', allocation_id, other)
  from rejected order by source_file, source_row;

insert into {allocation} (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date,
                          end_date, change_reason, source_file, source_row)
select :snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date,
       change_reason, source_file, source_row::integer
  from stage_ssd_involvement;

-- ---------------------------------------------------------------------------------------------
-- The front door: ssd_contacts -> contact, ssd_early_help_episodes -> early_help_episode.
-- ---------------------------------------------------------------------------------------------
select pg_temp.ssd_keep_first('stage_ssd_contact', 'contact_id', 'cont_contact_id', 'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_contact',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  'cont_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');

insert into {contact} (snapshot_id, contact_id, child_id, contact_date, contact_source, outcome,
                       source_file, source_row)
select :snapshot_id, contact_id, child_id, contact_date, contact_source, outcome, source_file,
       source_row::integer
  from stage_ssd_contact;

select pg_temp.ssd_keep_first('stage_ssd_early_help', 'early_help_id', 'earl_episode_id',
                              'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_early_help',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  'earl_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');

insert into {early_help_episode} (snapshot_id, early_help_id, child_id, start_date, end_date,
                                  reason, end_reason, organisation, worker_id, source_file,
                                  source_row)
select :snapshot_id, early_help_id, child_id, start_date, end_date, reason, end_reason,
       organisation, worker_id, source_file, source_row::integer
  from stage_ssd_early_help;

-- ---------------------------------------------------------------------------------------------
-- Visits: ssd_cin_visits -> cin_visit, ssd_cla_visits -> cla_visit, ssd_cp_visits -> cp_visit.
-- ---------------------------------------------------------------------------------------------
select pg_temp.ssd_keep_first('stage_ssd_cin_visit', 'visit_id', 'cinv_cin_visit_id', 'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_cin_visit',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  'cinv_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');

insert into {cin_visit} (snapshot_id, cin_visit_id, child_id, visit_date, seen, seen_alone,
                         source_file, source_row)
select :snapshot_id, visit_id, child_id, visit_date, seen, seen_alone, source_file, source_row
  from stage_ssd_cin_visit;

select pg_temp.ssd_keep_first('stage_ssd_cla_visit', 'visit_id', 'clav_cla_visit_id', 'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_cla_visit',
  'not exists (select 1 from stage_child c where c.child_id = s.child_id)',
  'clav_person_id', 'child_id', 'CHILD_UNKNOWN',
  'no file describes this child (ssd_person, the CIN census, the SSDA903 Header)', 'child_id');

insert into {cla_visit} (snapshot_id, cla_visit_id, child_id, visit_date, seen, seen_alone,
                         source_file, source_row)
select :snapshot_id, visit_id, child_id, visit_date, seen, seen_alone, source_file, source_row
  from stage_ssd_cla_visit;

-- A CP visit belongs to a CP plan the CIN census loaded. The census has no plan IDs: ssd_cp_plans
-- says which child and start date an SSD plan ID stands for, and the plan is found by those.
select pg_temp.ssd_keep_first('stage_ssd_cp_plan', 'plan_id', 'cppl_cp_plan_id', 'child_id');
select pg_temp.ssd_keep_first('stage_ssd_cp_visit', 'visit_id', 'cppv_cp_visit_id', 'child_id');
select pg_temp.ssd_reject(
  'stage_ssd_cp_visit',
  'not exists (select 1 from stage_ssd_cp_plan p'
    ' where p.plan_id = s.plan_id and p.child_id = s.child_id)',
  'cppv_cp_plan_id', 'plan_id', 'CP_PLAN_UNKNOWN',
  'ssd_cp_plans has no plan of this ID for this child', 'child_id');

-- No CP plans at all (no CIN census in this run): one finding per file, not one per visit.
with rejected as (
  delete from stage_ssd_cp_visit s
   where not exists (select 1 from {cp_plan})
  returning s.source_file
)
insert into stage_finding (file_name, row_number, child_id, field, value, rule, severity, message)
select source_file, null, null, null, null, 'CP_PLANS_NOT_LOADED', 'error',
       format('no child protection plans were loaded (is the CIN census missing?), so the %s CP'
              ' visits of this file were not loaded', count(*))
  from rejected group by source_file order by source_file;

alter table stage_ssd_cp_visit add column cp_plan_id text;
-- One join, not a look-up per visit: the load table has no index until it is attached.
update stage_ssd_cp_visit v
   set cp_plan_id = m.cp_plan_id
  from (select distinct on (p.plan_id) p.plan_id, c.cp_plan_id
          from stage_ssd_cp_plan p
          join {cp_plan} c on c.child_id = p.child_id and c.cpp_start_date = p.start_date
         order by p.plan_id, c.cp_plan_id) m
 where m.plan_id = v.plan_id;

-- A plan that ended before the collection year is not in this year's CIN census: its visits are
-- history the snapshot does not hold, left out without a finding (docs/ingest.md).
delete from stage_ssd_cp_visit v
 where v.cp_plan_id is null
   and exists (select 1 from stage_ssd_cp_plan p
                where p.plan_id = v.plan_id
                  and p.end_date < (select max(year_start) from stage_ssd_context));

select pg_temp.ssd_reject(
  'stage_ssd_cp_visit', 's.cp_plan_id is null',
  'cppv_cp_plan_id', 'plan_id', 'CP_PLAN_NOT_LOADED',
  'the CIN census has no CP plan of this child starting on the date ssd_cp_plans gives',
  'child_id');

insert into {cp_visit} (snapshot_id, cp_visit_id, cp_plan_id, child_id, visit_date, seen,
                        seen_alone, source_file, source_row)
select :snapshot_id, visit_id, cp_plan_id, child_id, visit_date, seen, seen_alone, source_file,
       source_row
  from stage_ssd_cp_visit;
