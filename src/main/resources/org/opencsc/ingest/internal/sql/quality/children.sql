-- The children in scope with their findings' errors and queries, the most first, and the team and
-- worker holding each on :as_at. The children are those the login may see in the snapshot (every
-- child of it for 'all') and, for 'all', the children a finding names that are not in it (a child
-- the load kept out). :with_none false leaves out the children with no finding. :limit (null: all)
-- from :offset. (Wrapped as "with finding as (...)", so no with clause of its own.)
select c.child_id, a.team_id, t.name as team_name, a.worker_id, w.name as worker_name,
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
                select fc.child_id from finding fc where fc.child_id is not null) s
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
 where :with_none or c.total > 0
 order by c.total desc, c.errors desc, c.child_id
 limit :limit offset :offset
