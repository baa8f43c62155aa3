-- The findings of run :run_id (the import that built served snapshot :snapshot_id, as at :as_at)
-- that the login may see, each with the team and worker its child was allocated to on :as_at
-- (the allocation open that day: start_date <= :as_at < end_date; allocations never overlap).
-- team_key groups them: the team id, '_unallocated' (a child with no open allocation, or no longer
-- in the snapshot) or '_none' (no child: a whole file or a row that names none).
--
-- Scope (org.opencsc.security.Scope): a finding about a child is seen by a worker, team or service
-- area when children_in_scope lists the child; a finding with no child is seen by 'all' only.
-- Filters (null = any): :severity, :rule, :team (a team_key), :worker, :child (one child's
-- findings) and :since ('new': not found by the previous loaded run; 'open': found by it too).
--
-- History (V21__finding_first_seen.sql): is_new when the finding was first seen by this run (a
-- null first_seen counts as new); first_seen is that run's day in UK time, and open_days the whole
-- days from it to this run's day.
-- The queries beside this one wrap it as "with finding as (...)".
select f.finding_no, f.file_name, f.row_number, f.child_id, f.field, f.value, f.rule,
       f.severity, f.message,
       case
         when f.child_id is null then '_none'
         when a.team_id is null then '_unallocated'
         else a.team_id
       end as team_key,
       a.team_id, t.name as team_name, a.worker_id, w.name as worker_name,
       (coalesce(f.first_seen, r.started_at) at time zone 'Europe/London')::date as first_seen,
       coalesce(f.first_seen, r.started_at) >= r.started_at as is_new,
       (r.started_at at time zone 'Europe/London')::date
         - (coalesce(f.first_seen, r.started_at) at time zone 'Europe/London')::date as open_days
  from ingest_finding f
  join ingest_run r on r.run_id = f.run_id
  left join lateral (
         select al.team_id, al.worker_id
           from allocation al
          where al.snapshot_id = :snapshot_id
            and al.child_id = f.child_id
            and al.start_date <= :as_at
            and (al.end_date is null or al.end_date > :as_at)
          order by al.start_date desc, al.allocation_id
          limit 1
       ) a on true
  left join team t on t.snapshot_id = :snapshot_id and t.team_id = a.team_id
  left join worker w on w.snapshot_id = :snapshot_id and w.worker_id = a.worker_id
 where f.run_id = :run_id
   and (:scope_kind = 'all'
        or f.child_id in (select child_id
                            from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
   and (cast(:severity as text) is null or f.severity = :severity)
   and (cast(:rule as text) is null or f.rule = :rule)
   and (cast(:team as text) is null
        or case when f.child_id is null then '_none'
                when a.team_id is null then '_unallocated'
                else a.team_id end = :team)
   and (cast(:worker as text) is null or a.worker_id = :worker)
   and (cast(:child as text) is null or f.child_id = :child)
   and (cast(:since as text) is null
        or (coalesce(f.first_seen, r.started_at) >= r.started_at) = (:since = 'new'))
