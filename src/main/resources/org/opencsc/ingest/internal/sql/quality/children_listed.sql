-- The children the children list shows, with their findings' errors, queries and total and the
-- team and worker holding each on :as_at (team_key: the team id, or '_unallocated' when no
-- allocation is open that day). The children are those the login may see in the snapshot (every
-- child of it for 'all') and, for 'all', the children a finding of the run names that are not in
-- it (a child the load kept out).
--
-- Filters (null = any): :rule, :severity and :since choose the findings counted (the finding CTE
-- applies them); :team (a team_key) and :worker choose the children by who holds them. :with_none
-- false leaves out the children with no finding counted, so with a rule it lists the children with
-- a finding of that rule; :with_none true lists every child chosen, those with none of the counted
-- findings with 0 (even when they have findings of other rules).
-- (The queries beside this one wrap it as "with finding as (...), listed as (...)".)
select c.child_id, coalesce(a.team_id, '_unallocated') as team_key,
       a.team_id, t.name as team_name, a.worker_id, w.name as worker_name,
       c.errors, c.queries, c.total
  from (select s.child_id,
               count(f.child_id) filter (where f.severity = 'error') as errors,
               count(f.child_id) filter (where f.severity = 'query') as queries,
               count(f.child_id)                                     as total
          from (select ch.child_id
                  from child ch
                 where ch.snapshot_id = :snapshot_id and :scope_kind = 'all'
                union
                select sc.child_id
                  from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit) sc
                 where :scope_kind <> 'all'
                union
                select fi.child_id
                  from ingest_finding fi
                 where fi.run_id = :run_id and fi.child_id is not null and :scope_kind = 'all') s
          left join finding f on f.child_id = s.child_id
         group by s.child_id) c
  left join lateral (
         select al.team_id, al.worker_id
           from allocation al
          where al.snapshot_id = :snapshot_id
            and al.child_id = c.child_id
            and al.start_date <= :as_at
            and (al.end_date is null or al.end_date > :as_at)
          order by al.start_date desc, al.allocation_id
          limit 1
       ) a on true
  left join team t on t.snapshot_id = :snapshot_id and t.team_id = a.team_id
  left join worker w on w.snapshot_id = :snapshot_id and w.worker_id = a.worker_id
 where (:with_none or c.total > 0)
   and (cast(:team as text) is null or coalesce(a.team_id, '_unallocated') = :team)
   and (cast(:worker as text) is null or a.worker_id = :worker)
